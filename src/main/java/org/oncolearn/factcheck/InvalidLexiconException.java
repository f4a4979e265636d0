package org.oncolearn.factcheck;

/** The lexicon file cannot be used; the message names the file and the entry or field at fault. */
public class InvalidLexiconException extends RuntimeException {

    public InvalidLexiconException(String message) {
        super(message);
    }
}
