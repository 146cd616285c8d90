/**
 * Auditor search over the record index: {@link org.caselint.server.records.search.SearchRequest} (free text in
 * Lucene's classic query syntax, filters, sort, page), {@link org.caselint.server.records.search.RecordSearch}
 * (runs it: hits, facet counts, the category-by-month trend), HTML
 * {@link org.caselint.server.records.search.Snippets} with query matches and flagged spans marked, and
 * {@link org.caselint.server.records.search.CsvExport}.
 *
 * <pre>{@code
 * SearchResult r = new RecordSearch(index).search(SearchRequest.builder()
 *         .query("\"front room\" OR kitchen").teams("Assessment Team 2").sort(SearchRequest.Sort.DATE).build());
 * r.facets().get("category");   // [{value: judgemental, count: 12}, ...]
 * }</pre>
 */
package org.caselint.server.records.search;
