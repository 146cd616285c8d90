package org.caselint.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.caselint.Linter;
import org.caselint.server.BadInputException;
import org.caselint.server.Json;
import org.caselint.server.Texts;

/**
 * Reads request bodies defensively: a size limit enforced while reading (a lying or missing Content-Length
 * cannot get past it), the declared content type, strict UTF-8, and JSON with bounded nesting. Every refusal
 * is an {@link ApiException} with the right status. Stateless and thread-safe.
 */
public final class Bodies {
    /**
     * Largest request body accepted, in bytes: room for a note of {@link Linter#MAX_TEXT} characters even when
     * every character is JSON-escaped ({@code \\uXXXX}), plus the note's other fields.
     */
    public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    /** No string in a body within {@link #MAX_BODY_BYTES} can be longer, so length is judged after parsing (413). */
    private static final ObjectMapper MAPPER = Json.mapper(MAX_BODY_BYTES);

    private Bodies() { }

    /** The raw body, refused with 413 when it is over {@link #MAX_BODY_BYTES}. */
    public static byte[] bytes(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) throw tooLarge(declared);
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > MAX_BODY_BYTES) throw tooLarge(out.size() + n);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
    }

    private static ApiException tooLarge(long bytes) {
        return ApiException.tooLarge("the request body is " + (bytes > MAX_BODY_BYTES ? "over " : "") + MAX_BODY_BYTES
                + " bytes; the limit is " + MAX_BODY_BYTES + " bytes (and " + Linter.MAX_TEXT + " characters of note text)");
    }

    /**
     * Requires the request's media type to be {@code expected} (parameters aside); a charset other than UTF-8
     * is refused too. 415 otherwise.
     */
    public static void requireMediaType(Context ctx, String expected) {
        String header = ctx.header("Content-Type");
        if (header == null || header.isBlank()) {
            throw ApiException.unsupportedMediaType("send the body as " + expected + " (the Content-Type header is missing)");
        }
        String[] parts = header.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!type.equals(expected)) {
            throw ApiException.unsupportedMediaType("send the body as " + expected + ", not " + type);
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                String cs = p.substring(8).replace("\"", "").trim();
                if (!cs.equals("utf-8") && !cs.equals("utf8")) {
                    throw ApiException.unsupportedMediaType("only UTF-8 is accepted, not charset " + cs);
                }
            }
        }
    }

    /** Strictly decoded UTF-8 text; invalid bytes or NUL characters (binary data) are a 400. */
    public static String utf8(byte[] bytes) {
        try {
            return Texts.decodeUtf8(bytes);
        } catch (BadInputException e) {
            throw ApiException.badRequest("bad-encoding", e.getMessage());
        }
    }

    /** Parses JSON text (at most 64 levels deep); malformed or too deep JSON is a 400. */
    public static JsonNode json(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) throw ApiException.badRequest("bad-json", "the body is empty; send a JSON object");
            return node;
        } catch (StreamConstraintsException e) {
            throw ApiException.badRequest("bad-json", "the JSON is nested too deeply or too long: " + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw ApiException.badRequest("bad-json", "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The body of a JSON request as an object: media type, size, encoding and syntax checked, in that order. */
    public static JsonNode jsonObject(Context ctx) {
        requireMediaType(ctx, "application/json");
        JsonNode node = json(utf8(bytes(ctx)));
        if (!node.isObject()) throw ApiException.badRequest("bad-json", "the body must be a JSON object");
        return node;
    }
}
