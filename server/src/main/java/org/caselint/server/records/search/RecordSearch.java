package org.caselint.server.records.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.caselint.Linter;
import org.caselint.model.Note;
import org.caselint.report.Finding;
import org.caselint.report.Report;
import org.caselint.server.records.CaseNoteAnalyzer;
import org.caselint.server.records.RecordFields;
import org.caselint.server.records.RecordIndex;
import org.caselint.server.records.RecordIndex.RecordSearcher;

/**
 * Runs {@link SearchRequest}s against a {@link RecordIndex}: the free-text query (classic
 * {@link QueryParser} syntax over {@code text}, English analysis, all words required unless {@code OR} is
 * written), filters as non-scoring clauses, sort, paging, snippets, facet counts and the category-by-month trend.
 * Thread-safe; each search takes the index's latest searcher.
 *
 * <pre>{@code
 * SearchResult r = new RecordSearch(index).search(SearchRequest.builder().query("aggressive")
 *         .categories("judgemental").sort(SearchRequest.Sort.DATE).build());
 * }</pre>
 */
public final class RecordSearch {
    /** Snippets per hit. */
    public static final int SNIPPETS = 3;
    /** How many values each facet lists (month lists them all, in date order). */
    static final int FACET_TOP = 30;

    private final RecordIndex index;
    private final CaseNoteAnalyzer analyzer = new CaseNoteAnalyzer();

    public RecordSearch(RecordIndex index) {
        this.index = index;
    }

    /** The parsed free-text query, or null when the request has none. Throws {@link BadSearchException}. */
    public Query textQuery(SearchRequest r) {
        if (!r.hasQuery()) return null;
        QueryParser qp = new QueryParser(RecordFields.TEXT, analyzer);
        qp.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return qp.parse(r.query());
        } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
            throw new BadSearchException("bad-query", "the query is not valid: " + firstLine(e.getMessage()));
        }
    }

    /** The whole query: free text (or all records) with every filter. */
    public Query query(SearchRequest r) {
        Query text = textQuery(r);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        anyOf(b, RecordFields.CATEGORY, r.categories());
        anyOf(b, RecordFields.RULE, r.rules());
        anyOf(b, RecordFields.TERM, r.terms());
        anyOf(b, RecordFields.TEAM, r.teams());
        anyOf(b, RecordFields.AUTHOR, r.authors());
        anyOf(b, RecordFields.CHILD, r.children());
        anyOf(b, RecordFields.KIND, r.kinds());
        if (r.restricted() != null) {
            b.add(new TermQuery(new Term(RecordFields.RESTRICTED, r.restricted().toString())), BooleanClause.Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
            long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(RecordFields.EVENT_DAY, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void anyOf(BooleanQuery.Builder b, String field, List<String> values) {
        if (values.isEmpty()) return;
        if (values.size() == 1) {
            b.add(new TermQuery(new Term(field, values.get(0))), BooleanClause.Occur.FILTER);
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values) any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD);
        b.add(any.build(), BooleanClause.Occur.FILTER);
    }

    /** The Lucene sort for a request; null means by relevance. */
    static Sort sort(SearchRequest r) {
        SortField newest = new SortField(RecordFields.EVENT_DAY, SortField.Type.LONG, true);
        newest.setMissingValue(Long.MIN_VALUE);
        SortField byDoc = SortField.FIELD_DOC;
        return switch (r.sort()) {
            case RELEVANCE -> r.hasQuery() ? null : new Sort(newest, byDoc);
            case DATE -> new Sort(newest, byDoc);
            case DATE_ASC -> {
                SortField oldest = new SortField(RecordFields.EVENT_DAY, SortField.Type.LONG, false);
                oldest.setMissingValue(Long.MAX_VALUE);
                yield new Sort(oldest, byDoc);
            }
            case SCORE -> new Sort(new SortField(RecordFields.SCORE, SortField.Type.INT, false), newest, byDoc);
            case SCORE_DESC -> new Sort(new SortField(RecordFields.SCORE, SortField.Type.INT, true), newest, byDoc);
        };
    }

    /** Runs the search and returns one page of hits with facets and trend. Throws {@link BadSearchException}. */
    public SearchResult search(SearchRequest r) throws IOException {
        long t0 = System.nanoTime();
        Query q = query(r);
        Query text = textQuery(r);
        int n = r.page() * r.size();
        RecordSearcher s = index.acquire();
        try {
            Sort sort = sort(r);
            TopDocs top;
            Map<String, List<SearchResult.FacetCount>> facets = null;
            List<SearchResult.MonthCounts> trend = null;
            if (r.facets()) {
                FacetsCollectorManager.FacetsResult fr = sort == null
                        ? FacetsCollectorManager.search(s, q, n, new FacetsCollectorManager())
                        : FacetsCollectorManager.search(s, q, n, sort, false, new FacetsCollectorManager());
                top = fr.topDocs();
                Optional<SortedSetDocValuesReaderState> state = s.facetState();
                facets = new LinkedHashMap<>();
                trend = new ArrayList<>();
                if (state.isPresent()) countFacets(state.get(), fr.facetsCollector(), facets, trend);
                else for (String dim : RecordFields.FACETS) facets.put(dim, List.of());
            } else {
                top = sort == null
                        ? s.search(q, new TopScoreDocCollectorManager(n, Integer.MAX_VALUE))
                        : s.search(q, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE, true));
            }
            ScoreDoc[] docs = top.scoreDocs;
            int from = Math.min(docs.length, (r.page() - 1) * r.size());
            int[] ids = new int[docs.length - from];
            for (int i = from; i < docs.length; i++) ids[i - from] = docs[i].doc;
            Map<Integer, List<int[]>> matches = r.highlight() && text != null && ids.length > 0
                    ? queryMatches(s, text, ids) : Map.of();
            Set<String> preferred = new HashSet<>(r.categories());
            List<SearchResult.Hit> hits = new ArrayList<>(ids.length);
            StoredFields stored = s.storedFields();
            for (int i = from; i < docs.length; i++) {
                Document d = stored.document(docs[i].doc);
                Float relevance = sort == null ? docs[i].score : null;
                hits.add(hit(s.fields(), d, relevance, r.highlight(), matches.getOrDefault(docs[i].doc, List.of()), preferred));
            }
            long took = (System.nanoTime() - t0) / 1_000_000;
            return new SearchResult(top.totalHits.value, r.page(), r.size(), took, hits, facets, trend);
        } finally {
            index.release(s);
        }
    }

    /**
     * Calls {@code each} with every record matching the request (ignoring its page and size), in its sort order,
     * up to {@code limit} records, without snippets; for exports. Returns how many were visited.
     */
    public long forEach(SearchRequest r, int limit, Consumer<SearchResult.Hit> each) throws IOException {
        Query q = query(r);
        Sort sort = sort(r);
        if (sort == null) sort = Sort.RELEVANCE;
        RecordSearcher s = index.acquire();
        try {
            long seen = 0;
            ScoreDoc after = null;
            StoredFields stored = s.storedFields();
            while (seen < limit) {
                int batch = (int) Math.min(1000, limit - seen);
                TopDocs top = s.searchAfter(after, q, batch, sort, true);
                if (top.scoreDocs.length == 0) break;
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = stored.document(sd.doc);
                    each.accept(hit(s.fields(), d, sort == Sort.RELEVANCE ? sd.score : null, false, List.of(), Set.of()));
                    seen++;
                }
                after = top.scoreDocs[top.scoreDocs.length - 1];
            }
            return seen;
        } finally {
            index.release(s);
        }
    }

    private SearchResult.Hit hit(RecordFields fields, Document d, Float relevance, boolean highlight,
                                 List<int[]> queryMatches, Set<String> preferred) {
        Note n = fields.readNote(d);
        List<Finding> findings = fields.readFindings(d);
        Report rep = Report.of(n.id(), findings);
        IndexableField scoreField = d.getField(RecordFields.SCORE);
        int score = scoreField == null ? rep.score() : scoreField.numericValue().intValue();
        List<String> snippets = highlight
                ? Snippets.build(d.get(RecordFields.TEXT), queryMatches, findings, preferred, SNIPPETS) : null;
        return new SearchResult.Hit(n.id(), relevance, score, n.subject(), n.author(), n.childId(), n.kind(),
                n.eventDate(), n.recordedDate(), Boolean.TRUE.equals(n.restricted()), rep.counts(), snippets, findings);
    }

    /** Offsets of the text query's matches in each document's text, from the offsets in the postings. */
    private Map<Integer, List<int[]>> queryMatches(IndexSearcher s, Query text, int[] docIds) throws IOException {
        MatchOffsetsHighlighter h = new MatchOffsetsHighlighter(UnifiedHighlighter.builder(s, analyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(Linter.MAX_TEXT + 1)
                .withMaxNoHighlightPassages(0)
                .withFormatter(new MatchOffsets()));
        Object[] perDoc = h.offsets(text, docIds);
        Map<Integer, List<int[]>> out = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            @SuppressWarnings("unchecked")
            List<int[]> m = perDoc[i] == null ? List.of() : (List<int[]>) perDoc[i];
            out.put(docIds[i], m);
        }
        return out;
    }

    /** Exposes the highlighter's per-document formatted objects (our match offsets). */
    private static final class MatchOffsetsHighlighter extends UnifiedHighlighter {
        MatchOffsetsHighlighter(Builder b) { super(b); }

        Object[] offsets(Query q, int[] docIds) throws IOException {
            int[] sorted = docIds.clone();
            Map<String, Object[]> m = highlightFieldsAsObjects(new String[]{RecordFields.TEXT}, q, sorted, new int[]{1});
            return m.get(RecordFields.TEXT);
        }
    }

    /** A "formatter" that returns the match offsets of the (whole-text) passage instead of HTML. */
    private static final class MatchOffsets extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<int[]> out = new ArrayList<>();
            for (Passage p : passages) {
                for (int i = 0; i < p.getNumMatches(); i++) out.add(new int[]{p.getMatchStarts()[i], p.getMatchEnds()[i]});
            }
            return out;
        }
    }

    private static void countFacets(SortedSetDocValuesReaderState state, FacetsCollector fc,
                                    Map<String, List<SearchResult.FacetCount>> facets,
                                    List<SearchResult.MonthCounts> trend) throws IOException {
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : RecordFields.FACETS) {
            List<SearchResult.FacetCount> values = new ArrayList<>();
            FacetResult res = dim.equals(RecordFields.MONTH) ? all(counts, dim) : top(counts, dim);
            if (res != null) {
                for (LabelAndValue lv : res.labelValues) {
                    if (lv.value.longValue() > 0) values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
                }
            }
            if (dim.equals(RecordFields.MONTH)) values.sort((a, b) -> a.value().compareTo(b.value()));
            facets.put(dim, values);
        }
        FacetResult cm = all(counts, RecordFields.CATEGORY_MONTH);
        TreeMap<String, Map<String, Long>> byMonth = new TreeMap<>();
        if (cm != null) {
            for (LabelAndValue lv : cm.labelValues) {
                int sp = lv.label.lastIndexOf(' ');
                if (sp < 0 || lv.value.longValue() == 0) continue;
                byMonth.computeIfAbsent(lv.label.substring(sp + 1), k -> new TreeMap<>())
                        .put(lv.label.substring(0, sp), lv.value.longValue());
            }
        }
        // Every month with matching records appears, even with no findings, so the chart has no gaps.
        for (SearchResult.FacetCount m : facets.get(RecordFields.MONTH)) byMonth.computeIfAbsent(m.value(), k -> new TreeMap<>());
        byMonth.forEach((month, c) -> trend.add(new SearchResult.MonthCounts(month, c)));
    }

    private static FacetResult top(SortedSetDocValuesFacetCounts counts, String dim) throws IOException {
        try {
            return counts.getTopChildren(FACET_TOP, dim);
        } catch (IllegalArgumentException e) {
            return null; // no record has this dimension yet
        }
    }

    private static FacetResult all(SortedSetDocValuesFacetCounts counts, String dim) throws IOException {
        try {
            return counts.getAllChildren(dim);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
