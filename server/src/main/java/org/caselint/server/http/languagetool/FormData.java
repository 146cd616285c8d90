package org.caselint.server.http.languagetool;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caselint.server.http.ApiException;
import org.caselint.server.http.Bodies;

/**
 * Decodes {@code application/x-www-form-urlencoded} text ("a=1&b=x%20y"). Percent-escapes are decoded to bytes and
 * the bytes strictly as UTF-8, so an invalid sequence is a 400 rather than a silent replacement character.
 * A repeated name keeps its last value.
 */
final class FormData {
    private FormData() { }

    static Map<String, String> parse(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) return out;
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.put(name, value);
        }
        return out;
    }

    static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) return s;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= s.length()) throw bad();
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) throw bad();
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // a raw non-ASCII character (already decoded from the body as UTF-8): keep it as it is
                byte[] b = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(b, 0, b.length);
            }
        }
        return Bodies.utf8(bytes.toByteArray());
    }

    private static ApiException bad() {
        return ApiException.badRequest("bad-form", "the form data has a broken %-escape");
    }
}
