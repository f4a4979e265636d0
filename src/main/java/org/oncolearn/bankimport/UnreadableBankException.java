package org.oncolearn.bankimport;

import org.oncolearn.message.Message;

/**
 * A question-bank file that cannot be read at all; the message names the file, the line or element and what is wrong. Its text
 * is English (for the command line and the logs); screens say {@link #message()} in the educator's language.
 */
public class UnreadableBankException extends Exception {

    private final transient Message message;

    public UnreadableBankException(Message message) {
        super(message.english());
        this.message = message;
    }

    public UnreadableBankException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    public Message message() {
        return message;
    }
}
