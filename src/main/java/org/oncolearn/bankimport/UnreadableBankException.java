package org.oncolearn.bankimport;

/** A question-bank file that cannot be read at all; the message names the line or element and what is wrong. */
public class UnreadableBankException extends Exception {

    public UnreadableBankException(String message) {
        super(message);
    }
}
