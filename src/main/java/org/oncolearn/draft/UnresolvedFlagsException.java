package org.oncolearn.draft;

/** Publishing was refused because fact-check flags are open and no override reason was given. */
public class UnresolvedFlagsException extends RuntimeException {

    private final int openFlags;

    public UnresolvedFlagsException(int openFlags) {
        super(openFlags + " fact-check flag" + (openFlags == 1 ? " is" : "s are")
                + " still open. Correct the text, or publish anyway with a reason that is recorded with your name.");
        this.openFlags = openFlags;
    }

    public int openFlags() {
        return openFlags;
    }
}
