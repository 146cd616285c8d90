package org.caselint.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One finding: an immutable value. A span finding covers {@code text.substring(start, end)} of the submitted
 * note (UTF-16 offsets, end exclusive); a note-level finding has {@code scope = "note"} and no offsets.
 * The constructor rejects a bad span. {@code term} is the lexicon entry or cue that matched, when there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"rule", "category", "scope", "start", "end", "text", "message", "suggestions", "severity", "standards", "term"})
public record Finding(String rule, Category category, String scope, Integer start, Integer end, String text,
                      String message, List<String> suggestions, Severity severity, List<String> standards, String term) {

    public static final String SPAN = "span";
    public static final String NOTE = "note";

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        standards = standards == null ? List.of() : List.copyOf(standards);
        if (SPAN.equals(scope)) {
            if (start == null || end == null || start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span " + start + "-" + end + " for rule " + rule);
            }
            if (text == null || text.length() != end - start) {
                throw new IllegalArgumentException("text does not match span " + start + "-" + end + " for rule " + rule);
            }
        } else if (NOTE.equals(scope)) {
            if (start != null || end != null) throw new IllegalArgumentException("a note-level finding has no span");
        } else {
            throw new IllegalArgumentException("scope must be 'span' or 'note', not " + scope);
        }
    }

    /** A finding over {@code noteText.substring(start, end)}. */
    public static Finding span(String rule, Category category, String noteText, int start, int end, String message,
                               List<String> suggestions, Severity severity, List<String> standards, String term) {
        if (start < 0 || end > noteText.length() || end <= start) {
            throw new IllegalArgumentException("bad span " + start + "-" + end + " in a text of " + noteText.length());
        }
        return new Finding(rule, category, SPAN, start, end, noteText.substring(start, end), message, suggestions,
                severity, standards, term);
    }

    public static Finding note(String rule, Category category, String message, List<String> suggestions,
                               Severity severity, List<String> standards) {
        return new Finding(rule, category, NOTE, null, null, null, message, suggestions, severity, standards, null);
    }

    public boolean isNoteLevel() { return NOTE.equals(scope); }
}
