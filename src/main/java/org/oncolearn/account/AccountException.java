package org.oncolearn.account;

import org.oncolearn.message.Message;

/**
 * A request about an account that cannot be carried out; the message says why, in words for the educator. Its text is
 * English (for the logs); screens say {@link #message()} in the educator's language.
 */
public class AccountException extends RuntimeException {

    private final transient Message message;

    public AccountException(Message message) {
        super(message.english());
        this.message = message;
    }

    public Message message() {
        return message;
    }
}
