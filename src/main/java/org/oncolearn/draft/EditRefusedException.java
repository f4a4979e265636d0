package org.oncolearn.draft;

import org.oncolearn.message.Message;

/**
 * The editor refused what the educator asked for (a review without a reviewer or with a date out of range, saving a
 * draft with problems into the folder); screens say {@link #message()} in the educator's language.
 */
public class EditRefusedException extends RuntimeException {

    private final transient Message message;

    public EditRefusedException(Message message) {
        super(message.english());
        this.message = message;
    }

    public EditRefusedException(Message message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    public Message message() {
        return message;
    }
}
