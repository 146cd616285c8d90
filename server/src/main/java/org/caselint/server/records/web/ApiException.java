package org.caselint.server.records.web;

/**
 * An HTTP error with its status and a short machine-readable code; {@link RecordRoutes} maps it to
 * {@code {"error": {"code": ..., "message": ...}}}. The message is shown to the client, so it never contains
 * note text.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() { return status; }

    public String code() { return code; }
}
