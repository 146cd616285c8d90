package org.caselint.server.http.lint;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.caselint.Linter;
import org.caselint.model.Note;
import org.caselint.report.Report;
import org.caselint.server.Json;
import org.caselint.server.http.ApiException;
import org.caselint.server.http.Bodies;
import org.caselint.server.http.LogSafe;
import org.caselint.server.http.Responses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/lint}: a note as JSON (DESIGN.md "Note (input)", only {@code text} required) in, its
 * {@link Report} out. Refuses an empty note (400) and one over {@link Linter#MAX_TEXT} characters (413).
 * Logs the note's id, size, finding count and time, never its text. Thread-safe.
 */
public final class LintHandler {
    private static final Logger LOG = LoggerFactory.getLogger(LintHandler.class);

    private final Linter linter;
    private final ObjectMapper mapper = Json.mapper();

    public LintHandler(Linter linter) {
        this.linter = linter;
    }

    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/lint", this::lint);
    }

    private void lint(Context ctx) {
        Note note = toNote(Bodies.jsonObject(ctx));
        long t0 = System.nanoTime();
        Report report = linter.lint(note);
        LOG.info("lint id={} chars={} findings={} score={} ms={}", LogSafe.id(note.id()), note.text().length(),
                report.findings().size(), report.score(), String.format("%.1f", (System.nanoTime() - t0) / 1e6));
        Responses.json(ctx, report);
    }

    /** Validates the JSON note: text present, a string, not blank, not too long; the other fields well typed. */
    Note toNote(JsonNode node) {
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) throw ApiException.badRequest("bad-note", "the note has no \"text\"");
        if (!text.isTextual()) throw ApiException.badRequest("bad-note", "\"text\" must be a string");
        checkText(text.asText());
        try {
            return mapper.treeToValue(node, Note.class);
        } catch (JacksonException e) {
            throw ApiException.badRequest("bad-note", "the note's fields do not match the note format: " + e.getOriginalMessage());
        }
    }

    /** Empty (or only white space): 400; over {@link Linter#MAX_TEXT} characters: 413. */
    public static void checkText(String text) {
        if (text.isBlank()) throw ApiException.badRequest("empty-text", "the note's text is empty");
        if (text.length() > Linter.MAX_TEXT) {
            throw ApiException.tooLarge("the note is " + text.length() + " characters; the limit is " + Linter.MAX_TEXT);
        }
    }
}
