package org.caselint.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report on one note (DESIGN.md, "Report (output)"): score, counts per category and findings in text order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "score", "counts", "findings"})
public record Report(String id, int score, Map<String, Integer> counts, List<Finding> findings) {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.isNoteLevel() ? -1 : f.start())
            .thenComparing(f -> f.isNoteLevel() ? 0 : f.end())
            .thenComparing(Finding::rule);

    /** Builds the report: sorts findings (note-level first, then by offset), counts them and scores them. */
    public static Report of(String id, List<Finding> findings) {
        List<Finding> sorted = findings.stream().sorted(ORDER).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            int n = (int) sorted.stream().filter(f -> f.category() == c).count();
            if (n > 0) counts.put(c.id(), n);
        }
        return new Report(id, Scorer.score(sorted), counts, sorted);
    }
}
