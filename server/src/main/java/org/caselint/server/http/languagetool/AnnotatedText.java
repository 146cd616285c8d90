package org.caselint.server.http.languagetool;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.caselint.server.http.ApiException;

/**
 * The text LanguageTool's {@code data} parameter describes: {@code {"text": "..."}} or
 * {@code {"annotation": [{"text": ..}, {"markup": .., "interpretAs": ..}]}}. The checker sees the plain text (text
 * parts, with each markup replaced by its {@code interpretAs}, empty by default); matches are reported at offsets
 * in the original document (text and markup together), as LanguageTool does. Immutable.
 */
final class AnnotatedText {
    /** One part: where it starts in the plain text and in the original, its lengths in each, and whether it is text. */
    private record Part(int plainStart, int plainLength, int originalStart, int originalLength, boolean text) { }

    private final String plain;
    private final String original;
    private final List<Part> parts;

    private AnnotatedText(String plain, String original, List<Part> parts) {
        this.plain = plain;
        this.original = original;
        this.parts = List.copyOf(parts);
    }

    /** Plain text, no markup: offsets are the same in both. */
    static AnnotatedText plain(String text) {
        return new AnnotatedText(text, text, List.of(new Part(0, text.length(), 0, text.length(), true)));
    }

    static AnnotatedText fromData(JsonNode data) {
        if (data == null || !data.isObject()) {
            throw ApiException.badRequest("bad-data", "'data' must be a JSON object with \"text\" or \"annotation\"");
        }
        JsonNode text = data.get("text");
        JsonNode annotation = data.get("annotation");
        if (text != null && annotation != null) {
            throw ApiException.badRequest("bad-data", "'data' has both \"text\" and \"annotation\"; give one");
        }
        if (text != null) {
            if (!text.isTextual()) throw ApiException.badRequest("bad-data", "'data.text' must be a string");
            return plain(text.asText());
        }
        if (annotation == null || !annotation.isArray()) {
            throw ApiException.badRequest("bad-data", "'data' needs \"text\" or an \"annotation\" array");
        }
        StringBuilder plain = new StringBuilder();
        StringBuilder original = new StringBuilder();
        List<Part> parts = new ArrayList<>();
        int i = 0;
        for (JsonNode a : annotation) {
            String where = "'data.annotation[" + i++ + "]'";
            if (!a.isObject()) throw ApiException.badRequest("bad-data", where + " must be an object");
            JsonNode t = a.get("text");
            JsonNode m = a.get("markup");
            if ((t == null) == (m == null)) {
                throw ApiException.badRequest("bad-data", where + " needs exactly one of \"text\" and \"markup\"");
            }
            if (t != null) {
                if (!t.isTextual()) throw ApiException.badRequest("bad-data", where + ".text must be a string");
                parts.add(new Part(plain.length(), t.asText().length(), original.length(), t.asText().length(), true));
                plain.append(t.asText());
                original.append(t.asText());
            } else {
                JsonNode as = a.get("interpretAs");
                if (!m.isTextual() || (as != null && !as.isTextual())) {
                    throw ApiException.badRequest("bad-data", where + ".markup and .interpretAs must be strings");
                }
                String interpretAs = as == null ? "" : as.asText();
                parts.add(new Part(plain.length(), interpretAs.length(), original.length(), m.asText().length(), false));
                plain.append(interpretAs);
                original.append(m.asText());
            }
        }
        return new AnnotatedText(plain.toString(), original.toString(), parts);
    }

    /** What the checker reads. */
    String plain() { return plain; }

    /** The whole document, markup included: what match offsets refer to. */
    String original() { return original; }

    /**
     * The original offset of a plain-text offset. Inside a markup's {@code interpretAs} the offset moves to the
     * markup's start (for a start) or its end (for an end), so a match never cuts a tag in half.
     */
    int toOriginal(int plainOffset, boolean isEnd) {
        for (Part p : parts) {
            int ps = p.plainStart();
            int pe = ps + p.plainLength();
            boolean inside = isEnd ? plainOffset > ps && plainOffset <= pe : plainOffset >= ps && plainOffset < pe;
            if (!inside) continue;
            if (p.text()) return p.originalStart() + (plainOffset - ps);
            return isEnd ? p.originalStart() + p.originalLength() : p.originalStart();
        }
        return plainOffset <= 0 ? 0 : original.length();
    }
}
