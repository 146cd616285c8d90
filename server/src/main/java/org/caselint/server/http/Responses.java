package org.caselint.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caselint.server.Json;

/** Writes JSON responses with the one configured mapper. API answers carry note text, so they are never cached. */
public final class Responses {
    private static final ObjectMapper MAPPER = Json.mapper();

    private Responses() { }

    public static void json(Context ctx, Object body) {
        json(ctx, 200, body);
    }

    public static void json(Context ctx, int status, Object body) {
        try {
            jsonHeaders(ctx, status).result(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * The head of a JSON answer without its body, for a HEAD request whose GET would have to do real work (a lint, a
     * search) to write the body: the request is validated as GET would validate it, so the status is GET's, and the
     * headers are GET's but for the length, which RFC 9110 §9.3.2 lets a HEAD answer leave out.
     */
    public static void jsonHead(Context ctx) {
        jsonHeaders(ctx, 200);
    }

    private static Context jsonHeaders(Context ctx, int status) {
        return ctx.status(status).header("Cache-Control", "no-store").contentType("application/json; charset=utf-8");
    }

    /** {@code {"error": {"code": ..., "message": ...}}} with the given status. */
    public static void error(Context ctx, int status, String code, String message) {
        Map<String, String> err = new LinkedHashMap<>();
        err.put("code", code);
        err.put("message", message);
        json(ctx, status, Map.of("error", err));
    }
}
