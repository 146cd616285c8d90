package org.caselint.server.http.examples;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.caselint.model.Note;

/**
 * One trainer example (corpus/examples/README.md): a badly written passage, the same passage written well, what
 * the checker is expected to flag in the bad one, and why. Immutable; validated by {@link ExampleCatalog}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "title", "category", "standard", "standards", "subject", "bad", "good", "expected", "why"})
public record ExamplePair(String id, String title, String category, String standard, List<String> standards,
                          Note.Subject subject, String bad, String good, List<Expected> expected, String why) {
    public ExamplePair {
        standards = standards == null ? List.of() : List.copyOf(standards);
        expected = expected == null ? List.of() : List.copyOf(expected);
    }

    /** A finding the bad passage must raise: its category and the exact text it covers (none for a note-level one). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Expected(String category, String text) { }
}
