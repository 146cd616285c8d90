package org.caselint.server.records.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.caselint.model.Note;
import org.caselint.report.Finding;

/**
 * What a search returns: the total number of matching records, one page of hits, facet counts per dimension and
 * the trend (records flagged per month, by category). Facet and trend counts are over all matching records,
 * not only the page; they count records, so a category's trend months add up to its facet count. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"total", "page", "size", "tookMs", "hits", "facets", "trend"})
public record SearchResult(long total, int page, int size, long tookMs, List<Hit> hits,
                           Map<String, List<FacetCount>> facets, List<MonthCounts> trend) {

    /**
     * One matching record: its metadata, report score, findings and (when asked) HTML snippets in which the
     * query's matches are marked {@code <mark class="q">} and flagged spans {@code <mark class="f-CATEGORY">}
     * (one mark may carry both classes); everything else is HTML-escaped. {@code relevance} is the Lucene
     * score when sorting by relevance.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "relevance", "score", "subject", "author", "childId", "kind", "eventDate",
            "recordedDate", "restricted", "counts", "snippets", "findings"})
    public record Hit(String id, Float relevance, int score, Note.Subject subject, Note.Author author, String childId,
                      String kind, String eventDate, String recordedDate, boolean restricted,
                      Map<String, Integer> counts, List<String> snippets, List<Finding> findings) { }

    /** One facet value and how many matching records have it. */
    public record FacetCount(String value, long count) { }

    /** For one month ({@code yyyy-MM}), how many matching records were flagged in each category. */
    public record MonthCounts(String month, Map<String, Long> counts) { }
}
