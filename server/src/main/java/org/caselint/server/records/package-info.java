/**
 * Records for auditors: each note is linted and kept, with its findings, in a Lucene index on disk
 * ({@link org.caselint.server.records.RecordIndex}, durable through an fsynced write-ahead log), searched by
 * {@link org.caselint.server.records.search}, served by {@link org.caselint.server.records.web} and filled by
 * {@link org.caselint.server.records.cli} or {@link org.caselint.server.records.DemoData}.
 * Findings of every category are indexed from whatever the {@link org.caselint.Linter} reports, so new checks
 * need no change here.
 *
 * <pre>{@code
 * try (RecordStore store = RecordStore.open(Linter.standard(), Path.of("data"))) {
 *     DemoData.loadIfEmpty(store);
 *     store.ingest(List.of(note));                                       // durable on return
 *     SearchResult r = store.search(SearchRequest.builder().query("aggressive")
 *             .categories("judgemental").build());
 * }
 * }</pre>
 */
package org.caselint.server.records;
