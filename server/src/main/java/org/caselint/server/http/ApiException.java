package org.caselint.server.http;

/**
 * A request the service refuses, with the HTTP status and a stable machine-readable {@code code}. Handlers throw
 * it; {@link ErrorMapper} turns it into {@code {"error": {"code", "message"}}}. The message is shown to the
 * caller and never logged (it may quote what the caller sent).
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(413, "too-large", message);
    }

    public static ApiException unsupportedMediaType(String message) {
        return new ApiException(415, "unsupported-media-type", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not-found", message);
    }

    public int status() { return status; }

    public String code() { return code; }
}
