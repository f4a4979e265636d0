package org.oncolearn.cli;

/** The command line cannot be understood; the message says which part. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
