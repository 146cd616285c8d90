package org.caselint.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report on one note (DESIGN.md, "Report (output)"): score, counts per category and findings in text order, and,
 * when the note did not say which child it is about, the child the checks took it to be ({@code guessedSubject}, left
 * out otherwise) so that the writer can see it and name the child if the guess is wrong.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "score", "counts", "findings", "guessedSubject"})
public record Report(String id, int score, Map<String, Integer> counts, List<Finding> findings,
        GuessedSubject guessedSubject) {

    /** The child a note with no subject was taken to be about, guessed from its text; {@code age} when it gave one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GuessedSubject(String name, Integer age) { }

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.isNoteLevel() ? -1 : f.start())
            .thenComparing(f -> f.isNoteLevel() ? 0 : f.end())
            .thenComparing(Finding::rule);

    /** Builds the report: sorts findings (note-level first, then by offset), counts them and scores them. */
    public static Report of(String id, List<Finding> findings) {
        return of(id, findings, null);
    }

    /** The same, for a note whose child was guessed from its text ({@code guessed} null when the note named one). */
    public static Report of(String id, List<Finding> findings, GuessedSubject guessed) {
        List<Finding> sorted = findings.stream().sorted(ORDER).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            int n = (int) sorted.stream().filter(f -> f.category() == c).count();
            if (n > 0) counts.put(c.id(), n);
        }
        return new Report(id, Scorer.score(sorted), counts, sorted, guessed);
    }
}
