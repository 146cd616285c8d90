package org.caselint.lexicon;

/** Bad lexicon data: the message names the file, the entry and the key. */
public final class LexiconException extends RuntimeException {
    public LexiconException(String message) { super(message); }
    public LexiconException(String message, Throwable cause) { super(message, cause); }
}
