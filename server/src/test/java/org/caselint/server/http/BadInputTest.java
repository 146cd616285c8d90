package org.caselint.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.caselint.Linter;
import org.caselint.server.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input gets its status and a JSON error {@code {"error": {"code", "message"}}}, and the
 * service still answers {@code /health} afterwards.
 */
class BadInputTest {
    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String noteJson(String text) throws Exception {
        return Json.mapper().writeValueAsString(java.util.Map.of("text", text));
    }

    static String form(String... kv) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            if (sb.length() > 0) sb.append('&');
            sb.append(kv[i]).append('=').append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    static byte[] invalidUtf8Json() {
        byte[] head = utf8("{\"text\": \"Mum said ");
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        byte[] tail = utf8(" hello\"}");
        byte[] all = Arrays.copyOf(head, head.length + bad.length + tail.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        return all;
    }

    static byte[] binary() {
        // the start of a PNG file: a signature, NULs and a header chunk
        byte[] b = new byte[4096];
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(sig, 0, b, 0, sig.length);
        for (int i = sig.length; i < b.length; i++) b[i] = (byte) (i * 31 + 7);
        return b;
    }

    static Stream<Arguments> cases() throws Exception {
        String millionLine = "word ".repeat(200_000);
        return Stream.of(
                Arguments.of("empty text", "/api/v1/lint", JSON, utf8("{\"text\": \"\"}"), 400, "empty-text"),
                Arguments.of("white space only", "/api/v1/lint", JSON, utf8("{\"text\": \" \\n\\t \"}"), 400, "empty-text"),
                Arguments.of("no text", "/api/v1/lint", JSON, utf8("{\"id\": \"N-1\"}"), 400, "bad-note"),
                Arguments.of("text not a string", "/api/v1/lint", JSON, utf8("{\"text\": 42}"), 400, "bad-note"),
                Arguments.of("subject of the wrong type", "/api/v1/lint", JSON, utf8("{\"text\": \"Hello.\", \"subject\": [1]}"), 400, "bad-note"),
                Arguments.of("text over the limit", "/api/v1/lint", JSON, utf8(noteJson("a".repeat(Linter.MAX_TEXT + 1))), 413, "too-large"),
                Arguments.of("a million-character single line", "/api/v1/lint", JSON, utf8(noteJson(millionLine)), 413, "too-large"),
                Arguments.of("a body over the byte limit", "/api/v1/lint", JSON, new byte[Bodies.MAX_BODY_BYTES + 10], 413, "too-large"),
                Arguments.of("malformed JSON", "/api/v1/lint", JSON, utf8("{\"text\": \"The CIN meeting"), 400, "bad-json"),
                Arguments.of("JSON that is not an object", "/api/v1/lint", JSON, utf8("[\"The CIN meeting\"]"), 400, "bad-json"),
                Arguments.of("empty body", "/api/v1/lint", JSON, new byte[0], 400, "bad-json"),
                Arguments.of("deeply nested objects", "/api/v1/lint", JSON, utf8("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)), 400, "bad-json"),
                Arguments.of("deeply nested arrays", "/api/v1/lint", JSON, utf8("[".repeat(100_000) + "]".repeat(100_000)), 400, "bad-json"),
                Arguments.of("wrong content type", "/api/v1/lint", "text/plain", utf8("The CIN meeting went well."), 415, "unsupported-media-type"),
                Arguments.of("no content type", "/api/v1/lint", null, utf8("{\"text\": \"Hello.\"}"), 415, "unsupported-media-type"),
                Arguments.of("a charset other than UTF-8", "/api/v1/lint", "application/json; charset=ISO-8859-1", utf8("{\"text\": \"Hello.\"}"), 415, "unsupported-media-type"),
                Arguments.of("invalid UTF-8", "/api/v1/lint", JSON, invalidUtf8Json(), 400, "bad-encoding"),
                Arguments.of("binary data", "/api/v1/lint", JSON, binary(), 400, "bad-encoding"),
                Arguments.of("v2: no text", "/v2/check", FORM, utf8(form("language", "en-GB")), 400, "missing-text"),
                Arguments.of("v2: no language", "/v2/check", FORM, utf8(form("text", "The CIN meeting.")), 400, "missing-language"),
                Arguments.of("v2: not English", "/v2/check", FORM, utf8(form("text", "Bonjour.", "language", "fr")), 400, "unsupported-language"),
                Arguments.of("v2: bad level", "/v2/check", FORM, utf8(form("text", "Hello.", "language", "en", "level", "fussy")), 400, "bad-parameter"),
                Arguments.of("v2: enabledOnly with nothing enabled", "/v2/check", FORM, utf8(form("text", "Hello.", "language", "en", "enabledOnly", "true")), 400, "bad-parameter"),
                Arguments.of("v2: text and data", "/v2/check", FORM, utf8(form("text", "Hello.", "data", "{\"text\":\"Hi.\"}", "language", "en")), 400, "bad-parameter"),
                Arguments.of("v2: malformed data", "/v2/check", FORM, utf8(form("data", "{\"annotation\": [", "language", "en")), 400, "bad-json"),
                Arguments.of("v2: data without text", "/v2/check", FORM, utf8(form("data", "{\"annotation\": [{\"markup\": \"<b>\", \"text\": \"x\"}]}", "language", "en")), 400, "bad-data"),
                Arguments.of("v2: a million-character single line", "/v2/check", FORM, utf8(form("text", millionLine, "language", "en-GB")), 413, "too-large"),
                Arguments.of("v2: JSON instead of a form", "/v2/check", JSON, utf8("{\"text\": \"Hello.\", \"language\": \"en\"}"), 415, "unsupported-media-type"),
                Arguments.of("v2: invalid UTF-8 in an escape", "/v2/check", FORM, utf8("language=en&text=Mum%C3%28said"), 400, "bad-encoding"),
                Arguments.of("v2: a broken escape", "/v2/check", FORM, utf8("language=en&text=Mum%2"), 400, "bad-form"),
                Arguments.of("v2: binary data", "/v2/check", FORM, binary(), 400, "bad-encoding"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answeredWithItsStatusAndAJsonError(String what, String path, String contentType, byte[] body, int status,
                                           String code) throws Exception {
        HttpResponse<String> r = TestServer.post(path, contentType, body);
        assertEquals(status, r.statusCode(), what + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
        JsonNode err = Json.mapper().readTree(r.body()).get("error");
        assertEquals(code, err.get("code").asText(), what + ": " + r.body());
        assertFalse(err.get("message").asText().isBlank(), what);
        assertTrue(r.body().length() < 2000, "the error does not echo the input back: " + what);

        HttpResponse<String> health = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/health")).GET());
        assertEquals(200, health.statusCode(), "still serving after " + what);
    }

    @org.junit.jupiter.api.Test
    void jettysOwnRefusalsAreJsonToo() throws Exception {
        String longText = "a".repeat(20_000);
        HttpResponse<String> uri = TestServer.get("/v2/check?language=en&text=" + longText);
        assertEquals(414, uri.statusCode());
        assertEquals("uri-too-long", Json.mapper().readTree(uri.body()).get("error").get("code").asText());
        HttpResponse<String> header = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/health")).header("X-Note", longText));
        assertEquals(431, header.statusCode());
        assertEquals("headers-too-large", Json.mapper().readTree(header.body()).get("error").get("code").asText());
        assertEquals(200, TestServer.get("/health").statusCode());
    }
}
