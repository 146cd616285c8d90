package org.caselint.server.http;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.caselint.server.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become JSON errors {@code {"error": {"code", "message"}}} with the right
 * status. Messages go to the caller only: they may quote the note, so the log gets the code, the status and, for
 * an unexpected failure, the exception's class and stack frames but never its message.
 */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    /** Marks a response whose JSON error is already written, so a status error handler leaves it alone. */
    private static final String WRITTEN = "caselint.errorWritten";

    private ErrorMapper() { }

    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage()));
        routes.exception(BadInputException.class, (e, ctx) -> write(ctx, 400, "bad-input", e.getMessage()));
        routes.exception(JacksonException.class, (e, ctx) ->
                write(ctx, 400, "bad-json", "the body is not valid JSON: " + e.getOriginalMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            String message = switch (status) {
                case 404 -> "there is nothing at " + ctx.path();
                case 405 -> ctx.method() + " is not allowed on " + ctx.path();
                default -> e.getMessage();
            };
            write(ctx, status, codeFor(status), message);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed: {} at {}", ctx.method(), ctx.path(), e.getClass().getName(),
                    Arrays.stream(e.getStackTrace()).limit(12).map(String::valueOf).collect(Collectors.joining(" <- ")));
            write(ctx, 500, "internal", "the service failed on this request; it has been logged without the note");
        });
        routes.error(404, ctx -> ifNotWritten(ctx, 404, "not-found", "there is nothing at " + ctx.path()));
        routes.error(405, ctx -> ifNotWritten(ctx, 405, "method-not-allowed", ctx.method() + " is not allowed on " + ctx.path()));
    }

    private static void ifNotWritten(Context ctx, int status, String code, String message) {
        if (ctx.attribute(WRITTEN) == null) write(ctx, status, code, message);
    }

    static void write(Context ctx, int status, String code, String message) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        Responses.error(ctx, status, code, message);
    }

    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "headers-too-large";
            default -> status >= 500 ? "internal" : "http-" + status;
        };
    }
}
