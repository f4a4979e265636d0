package org.oncolearn.cli;

/** A well-formed command that could not do its work; the message is the one line the user sees. */
final class CommandFailedException extends RuntimeException {

    CommandFailedException(String message) {
        super(message);
    }
}
