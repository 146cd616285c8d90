package org.caselint.server.records.search;

/** A search the user must fix (bad query syntax, bad date, page too deep): HTTP 400, exit code 2. */
public final class BadSearchException extends RuntimeException {
    private final String code;

    public BadSearchException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A short machine-readable code, e.g. {@code bad-query}. */
    public String code() { return code; }
}
