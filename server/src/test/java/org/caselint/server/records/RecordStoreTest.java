package org.caselint.server.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caselint.model.Note;
import org.caselint.server.records.generate.RecordGenerator;
import org.caselint.server.records.search.BadSearchException;
import org.caselint.server.records.search.SearchRequest;
import org.caselint.server.records.search.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record store on a real index on disk, with the real linter. */
class RecordStoreTest {
    @TempDir Path dir;
    RecordStore store;

    static Note note(String id, String text, String team, String author, String child, String kind, String date,
                     boolean restricted) {
        return new Note(id, text, new Note.Subject("Kai Turner", "2016-02-03", 8), List.of("Gemma Turner"),
                new Note.Author(author, "Social Worker", team, "Children's Services"), child, kind, date, date, restricted);
    }

    @BeforeEach
    void open() throws IOException {
        store = RecordStore.open(TestLinter.get(), dir);
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    private void loadSmallSet() throws IOException {
        store.ingest(List.of(
                note("A1", "Mum was aggressive throughout the visit.", "Team A", "Sam Firth", "C-1", "home visit", "2024-01-10", false),
                note("A2", "Dad was aggressive. The front room was tidy and Kai showed me his bedroom.", "Team A", "Sam Firth", "C-2", "home visit", "2024-02-12", false),
                note("B1", "Kai told me he likes his new school. The front room was warm.", "Team B", "Ruth Lister", "C-1", "school visit", "2024-02-20", false),
                note("B2", "Mum was hostile and uncooperative. Kai was playing football.", "Team B", "Ruth Lister", "C-3", "phone call", "2023-11-05", true),
                note("B3", "Kai said he enjoyed family time with his dad at the family centre.", "Team B", "Kate Haigh", "C-3", "family time", "2024-03-01", false)));
    }

    @Test
    void ingestIsDurableAndReplacesById() throws IOException {
        assertEquals(List.of("X1"), store.ingest(List.of(Note.of("X1", "Mum was aggressive."))));
        assertEquals(List.of("X1"), store.ingest(List.of(Note.of("X1", "Mum made tea and we talked about school."))));
        assertEquals(1, store.count());
        store.close();
        store = RecordStore.open(TestLinter.get(), dir);
        IndexedRecord r = store.get("X1").orElseThrow();
        assertEquals("Mum made tea and we talked about school.", r.text());
        assertTrue(store.get("nope").isEmpty());
    }

    @Test
    void deleteIsDurableAndSaysWhetherThereWasARecord() throws IOException {
        store.ingest(List.of(Note.of("D1", "Mum was aggressive."), Note.of("D2", "Kai showed me his room.")));
        assertTrue(store.delete("D1"));
        assertFalse(store.delete("D1"));
        assertFalse(store.delete("never"));
        assertTrue(store.get("D1").isEmpty());
        assertEquals(1, store.count());
        assertEquals(0, store.search(SearchRequest.builder().query("aggressive").build()).total());
        store.close();
        store = RecordStore.open(TestLinter.get(), dir);
        assertTrue(store.get("D1").isEmpty());
        assertEquals("Kai showed me his room.", store.get("D2").orElseThrow().text());
        store.ingest(List.of(Note.of("D1", "Mum made tea.")));
        assertEquals("Mum made tea.", store.get("D1").orElseThrow().text());
    }

    @Test
    void anIndexEmptiedByDeletionDoesNotGetTheDemoRecordsAgain() throws IOException {
        assertEquals(5, DemoData.loadIfEmpty(store, 5));
        List<String> ids = store.search(SearchRequest.builder().build()).hits().stream().map(h -> h.id()).toList();
        assertEquals(5, ids.size());
        for (String id : ids) assertTrue(store.delete(id));
        assertEquals(0, store.count());
        store.close();
        store = RecordStore.open(TestLinter.get(), dir);
        assertEquals(0, DemoData.loadIfEmpty(store, 5));
        assertEquals(0, store.count());
    }

    @Test
    void storesEveryNoteFieldAndTheFindings() throws IOException {
        Note n = note("F1", "Mum was aggressive throughout the visit.", "Team A", "Sam Firth", "C-1", "home visit", "2024-01-10", true);
        store.ingest(List.of(n));
        IndexedRecord r = store.get("F1").orElseThrow();
        assertEquals(n, r.note());
        assertTrue(r.findings().stream().anyMatch(f -> "aggressive".equals(f.term()) && f.category().id().equals("judgemental")));
        assertEquals(TestLinter.get().lint(n), r.report());
    }

    @Test
    void aNoteWithoutAnIdGetsOneAndANoteWithoutTextIsRefused() throws IOException {
        String id = store.ingest(List.of(new Note(null, "A short note.", null, null, null, null, null, null, null, null))).get(0);
        assertTrue(id.startsWith("R-"));
        assertTrue(store.get(id).isPresent());
        assertThrows(IllegalArgumentException.class, () -> store.ingest(List.of(Note.of("E1", null))));
    }

    @Test
    void freeTextSearchHighlightsQueryTermsAndFlaggedSpans() throws IOException {
        loadSmallSet();
        SearchResult r = store.search(SearchRequest.builder().query("aggressive").build());
        assertEquals(2, r.total());
        for (SearchResult.Hit h : r.hits()) {
            assertTrue(h.snippets().stream().anyMatch(s -> s.contains("<mark class=\"q f-judgemental\">aggressive</mark>")),
                    h.snippets().toString());
            assertNotNull(h.relevance());
        }
        // English analysis: "aggression" finds "aggressive"; phrases; AND by default; OR on request
        assertEquals(2, store.search(SearchRequest.builder().query("aggression").build()).total());
        assertEquals(2, store.search(SearchRequest.builder().query("\"front room\"").build()).total());
        assertEquals(1, store.search(SearchRequest.builder().query("front bedroom").build()).total());
        assertEquals(3, store.search(SearchRequest.builder().query("aggressive OR hostile").build()).total());
        SearchResult phrase = store.search(SearchRequest.builder().query("\"front room\"").build());
        for (SearchResult.Hit h : phrase.hits()) {
            assertTrue(h.snippets().get(0).contains("<mark class=\"q\">front room</mark>"), h.snippets().toString());
        }
    }

    @Test
    void filtersAndTheirCombinations() throws IOException {
        loadSmallSet();
        assertEquals(Set("A1", "A2"), ids(SearchRequest.builder().terms("aggressive")));
        assertEquals(Set("B1", "B2", "B3"), ids(SearchRequest.builder().teams("Team B")));
        assertEquals(Set("B1", "B2"), ids(SearchRequest.builder().authors("Ruth Lister")));
        assertEquals(Set("A1", "B1"), ids(SearchRequest.builder().children("C-1")));
        assertEquals(Set("B1", "B3"), ids(SearchRequest.builder().kinds("school visit", "family time")));
        assertEquals(Set("B2"), ids(SearchRequest.builder().restricted(true)));
        assertEquals(Set("A2", "B1"), ids(SearchRequest.builder().from(LocalDate.of(2024, 2, 1)).to(LocalDate.of(2024, 2, 29))));
        assertEquals(Set("A1", "B2"), ids(SearchRequest.builder().to(LocalDate.of(2024, 1, 31))));
        assertEquals(Set("A1", "A2"), ids(SearchRequest.builder().categories("judgemental").teams("Team A")));
        assertEquals(Set("A1"), ids(SearchRequest.builder().query("mum").categories("judgemental").teams("Team A")));
        assertEquals(Set(), ids(SearchRequest.builder().query("aggressive").teams("Team B")));
    }

    private static java.util.Set<String> Set(String... s) { return java.util.Set.of(s); }

    private java.util.Set<String> ids(SearchRequest.Builder b) throws IOException {
        SearchResult r = store.search(b.size(100).build());
        assertEquals(r.total(), r.hits().size());
        return java.util.Set.copyOf(r.hits().stream().map(SearchResult.Hit::id).toList());
    }

    @Test
    void sortsAndPages() throws IOException {
        loadSmallSet();
        List<String> newest = store.search(SearchRequest.builder().sort(SearchRequest.Sort.DATE).build())
                .hits().stream().map(SearchResult.Hit::id).toList();
        assertEquals(List.of("B3", "B1", "A2", "A1", "B2"), newest);
        List<String> oldest = store.search(SearchRequest.builder().sort(SearchRequest.Sort.DATE_ASC).build())
                .hits().stream().map(SearchResult.Hit::id).toList();
        assertEquals(List.of("B2", "A1", "A2", "B1", "B3"), oldest);
        // no query: relevance means newest first
        assertEquals(newest, store.search(SearchRequest.builder().build()).hits().stream().map(SearchResult.Hit::id).toList());
        List<Integer> worst = store.search(SearchRequest.builder().sort(SearchRequest.Sort.SCORE).build())
                .hits().stream().map(SearchResult.Hit::score).toList();
        assertEquals(worst.stream().sorted().toList(), worst);
        SearchResult p2 = store.search(SearchRequest.builder().sort(SearchRequest.Sort.DATE).page(2).size(2).build());
        assertEquals(5, p2.total());
        assertEquals(List.of("A2", "A1"), p2.hits().stream().map(SearchResult.Hit::id).toList());
        SearchResult p3 = store.search(SearchRequest.builder().sort(SearchRequest.Sort.DATE).page(3).size(2).build());
        assertEquals(List.of("B2"), p3.hits().stream().map(SearchResult.Hit::id).toList());
        assertTrue(store.search(SearchRequest.builder().page(9).size(2).build()).hits().isEmpty());
    }

    @Test
    void facetsAndTrendAddUpToTheHits() throws IOException {
        store.ingest(RecordGenerator.stream(11, 120).toList());
        SearchResult all = store.search(SearchRequest.builder().build());
        assertEquals(120, all.total());
        assertEquals(120, sum(all.facets().get("team")));
        assertEquals(120, sum(all.facets().get("month")));
        assertEquals(120, sum(all.facets().get("kind")));
        for (SearchResult.FacetCount c : all.facets().get("category")) {
            SearchResult only = store.search(SearchRequest.builder().categories(c.value()).facets(false).build());
            assertEquals(c.count(), only.total(), c.value());
            long inTrend = all.trend().stream().mapToLong(m -> m.counts().getOrDefault(c.value(), 0L)).sum();
            assertEquals(c.count(), inTrend, c.value());
        }
        SearchResult agg = store.search(SearchRequest.builder().query("aggressive").categories("judgemental").build());
        assertEquals(agg.total(), sum(agg.facets().get("team")));
        assertEquals(agg.total(), agg.facets().get("category").stream().filter(c -> c.value().equals("judgemental"))
                .findFirst().orElseThrow().count());
        List<String> months = all.trend().stream().map(SearchResult.MonthCounts::month).toList();
        assertEquals(months.stream().sorted().toList(), months);
    }

    private static long sum(List<SearchResult.FacetCount> l) {
        return l.stream().mapToLong(SearchResult.FacetCount::count).sum();
    }

    @Test
    void withoutHighlightOrFacetsThoseAreLeftOut() throws IOException {
        loadSmallSet();
        SearchResult r = store.search(SearchRequest.builder().query("aggressive").highlight(false).facets(false).build());
        assertEquals(2, r.total());
        assertNull(r.facets());
        assertNull(r.hits().get(0).snippets());
        assertFalse(r.hits().get(0).findings().isEmpty());
    }

    @Test
    void anEmptyIndexAnswersWithNothing() throws IOException {
        SearchResult r = store.search(SearchRequest.builder().query("anything").build());
        assertEquals(0, r.total());
        assertTrue(r.facets().values().stream().allMatch(List::isEmpty));
    }

    @Test
    void badRequestsAreRefusedWithACode() throws IOException {
        loadSmallSet();
        BadSearchException e = assertThrows(BadSearchException.class,
                () -> store.search(SearchRequest.builder().query("\"unclosed").build()));
        assertEquals("bad-query", e.code());
        assertEquals("too-deep", assertThrows(BadSearchException.class,
                () -> SearchRequest.builder().page(200).size(100).build()).code());
        assertEquals("bad-size", assertThrows(BadSearchException.class,
                () -> SearchRequest.builder().size(1000).build()).code());
        assertEquals("bad-date", assertThrows(BadSearchException.class,
                () -> SearchRequest.fromParams(Map.of("from", List.of("03/05/2024")))).code());
    }

    @Test
    void paramsParseIntoARequest() {
        SearchRequest r = SearchRequest.fromParams(Map.of("q", List.of("aggressive"), "category", List.of("judgemental", "jargon"),
                "restricted", List.of("false"), "from", List.of("2024-01-01"), "sort", List.of("date"), "page", List.of("2"),
                "size", List.of("5"), "highlight", List.of("false")));
        assertEquals("aggressive", r.query());
        assertEquals(List.of("judgemental", "jargon"), r.categories());
        assertEquals(Boolean.FALSE, r.restricted());
        assertEquals(LocalDate.of(2024, 1, 1), r.from());
        assertEquals(SearchRequest.Sort.DATE, r.sort());
        assertEquals(2, r.page());
        assertEquals(5, r.size());
        assertFalse(r.highlight());
        assertTrue(r.facets());
    }

    @Test
    void exportVisitsEveryMatchingRecordInOrder() throws IOException {
        loadSmallSet();
        List<String> seen = new java.util.ArrayList<>();
        long n = store.searcher().forEach(SearchRequest.builder().sort(SearchRequest.Sort.DATE).build(), 100,
                h -> seen.add(h.id()));
        assertEquals(5, n);
        assertEquals(List.of("B3", "B1", "A2", "A1", "B2"), seen);
        seen.clear();
        assertEquals(2, store.searcher().forEach(SearchRequest.builder().query("aggressive").build(), 100, h -> seen.add(h.id())));
        assertEquals(1, store.searcher().forEach(SearchRequest.builder().build(), 1, h -> { }));
    }

    @Test
    void aDemoLoadCutShortIsDoneAgainAtTheNextStart() throws IOException {
        // what a server stopped during its first start leaves: part of the demo set committed, the load unfinished
        store.index().setCommitValue(DemoData.STATE, DemoData.LOADING);
        List<Note> first = new java.util.ArrayList<>();
        new org.caselint.server.records.generate.RecordGenerator(DemoData.SEED, 40).forEachRemaining(n -> { if (first.size() < 10) first.add(n); });
        store.index().write(store.analyse(first));
        store.index().commit();
        store.close();
        store = RecordStore.open(TestLinter.get(), dir);
        assertEquals(10, store.count());
        assertEquals(DemoData.LOADING, store.index().commitValue(DemoData.STATE));
        assertEquals(40, DemoData.loadIfEmpty(store, 40));
        assertEquals(40, store.count());
        store.close();
        store = RecordStore.open(TestLinter.get(), dir);
        assertEquals(DemoData.LOADED, store.index().commitValue(DemoData.STATE));
        assertEquals(0, DemoData.loadIfEmpty(store, 40));
        assertEquals(40, store.count());
    }

    @Test
    void demoDataLoadsOnlyIntoAnEmptyIndex() throws IOException {
        assertEquals(40, DemoData.loadIfEmpty(store, 40));
        assertEquals(40, store.count());
        assertEquals(0, DemoData.loadIfEmpty(store, 40));
        assertEquals(40, store.count());
    }
}
