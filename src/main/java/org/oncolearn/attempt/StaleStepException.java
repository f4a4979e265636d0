package org.oncolearn.attempt;

/**
 * The learner acted on a screen that is no longer current, for example in a second browser tab. Nothing was
 * recorded; showing the current step again resolves it.
 */
public class StaleStepException extends RuntimeException {

    public StaleStepException(String message) {
        super(message);
    }
}
