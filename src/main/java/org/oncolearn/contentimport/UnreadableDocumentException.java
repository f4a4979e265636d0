package org.oncolearn.contentimport;

import org.oncolearn.message.Message;

/**
 * A document that cannot be imported; the message names the file and says what to do. Its text is English (for the
 * command line and the logs); screens say {@link #message()} in the educator's language.
 */
public class UnreadableDocumentException extends Exception {

    private final transient Message message;

    public UnreadableDocumentException(Message message) {
        super(message.english());
        this.message = message;
    }

    public Message message() {
        return message;
    }
}
