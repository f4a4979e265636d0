package org.oncolearn.contentimport;

/** A document that cannot be imported; the message names the file and says what to do. */
public class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String message) {
        super(message);
    }
}
