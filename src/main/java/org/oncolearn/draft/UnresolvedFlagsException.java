package org.oncolearn.draft;

import org.oncolearn.message.Message;

/** Publishing was refused because fact-check flags are open and no override reason was given. */
public class UnresolvedFlagsException extends RuntimeException {

    private final int openFlags;

    public UnresolvedFlagsException(int openFlags) {
        super(message(openFlags).english());
        this.openFlags = openFlags;
    }

    public int openFlags() {
        return openFlags;
    }

    /** The refusal, for the screen to say in the educator's language. */
    public Message message() {
        return message(openFlags);
    }

    private static Message message(int openFlags) {
        return Message.of("publish.flagsOpen", openFlags);
    }
}
