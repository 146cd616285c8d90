package org.caselint.server;

/** Input the user must fix (unreadable file, invalid UTF-8, malformed JSON): exit code 2 or HTTP 400. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) { super(message); }
    public BadInputException(String message, Throwable cause) { super(message, cause); }
}
