package org.caselint.server.records;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of records on disk (one directory, by default {@code ./data/index}).
 *
 * <p><b>Durability.</b> {@link #put} returns only once its records are in a Lucene commit (fsynced), so a
 * record acknowledged after {@code put} survives a {@code kill -9} at any later moment; a crash before the
 * commit loses only unacknowledged records, and the index always reopens at its last commit. Concurrent
 * callers share commits (group commit): each waits for the first commit that covers its own updates, so many
 * small requests do not each pay for an fsync. Bulk loaders call {@link #write} many times and {@link #commit}
 * every so often instead, acknowledging only what a commit covered.
 *
 * <p><b>Thread-safety.</b> All methods are thread-safe. Searches see records as soon as they are written
 * (near-real-time), before they are durable.
 *
 * <pre>{@code
 * try (RecordIndex index = RecordIndex.open(Path.of("data/index"))) {
 *     index.put(List.of(record));                     // durable on return
 *     index.get("N-000123").ifPresent(r -> ...);
 * }
 * }</pre>
 */
public final class RecordIndex implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(RecordIndex.class);

    private final Path path;
    private final Directory dir;
    private final IndexWriter writer;
    private final RecordFields fields = new RecordFields();
    private final SearcherManager searchers;
    private final Object commitLock = new Object();
    private volatile long durableSeq = -1;

    private RecordIndex(Path path) throws IOException {
        this.path = path;
        Files.createDirectories(path);
        this.dir = FSDirectory.open(path);
        IndexWriterConfig cfg = new IndexWriterConfig(new CaseNoteAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        this.writer = new IndexWriter(dir, cfg);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new RecordSearcher(reader, fields);
            }
        });
        LOG.info("record index open at {} with {} records", path, writer.getDocStats().numDocs);
    }

    /** Opens (creating if needed) the index in {@code path}. Only one process may have it open at a time. */
    public static RecordIndex open(Path path) throws IOException {
        return new RecordIndex(path);
    }

    public Path path() { return path; }

    public RecordFields fields() { return fields; }

    /** Adds or replaces (by id) the records and returns once they are durable. */
    public void put(List<IndexedRecord> records) throws IOException {
        if (records.isEmpty()) return;
        long seq = write(records);
        awaitDurable(seq);
    }

    /**
     * Adds or replaces (by id) the records without waiting for them to be durable; returns the sequence number of
     * the last update, to pass to {@link #awaitDurable}. Call {@link #commit} before acknowledging them.
     */
    public long write(List<IndexedRecord> records) throws IOException {
        long seq = -1;
        for (IndexedRecord r : records) seq = writer.updateDocument(new Term(RecordFields.ID, r.id()), fields.toDocument(r));
        return seq;
    }

    /** Waits until every update up to {@code seq} is in a commit, committing if no one else has yet. */
    public void awaitDurable(long seq) throws IOException {
        if (durableSeq >= seq) return;
        synchronized (commitLock) {
            // A commit another caller made while we waited may already cover our updates.
            while (durableSeq < seq) commitLocked();
        }
    }

    /** Commits everything written so far (fsync); returns the sequence number the commit covers. */
    public long commit() throws IOException {
        synchronized (commitLock) {
            return commitLocked();
        }
    }

    private long commitLocked() throws IOException {
        long covered = writer.commit();
        if (covered < 0) covered = writer.getMaxCompletedSequenceNumber();
        durableSeq = Math.max(durableSeq, covered);
        return covered;
    }

    /** The number of records (live documents written so far, durable or not). */
    public int count() {
        return writer.getDocStats().numDocs;
    }

    /** The record with this id, if there is one. */
    public Optional<IndexedRecord> get(String id) throws IOException {
        RecordSearcher s = acquire();
        try {
            TopDocs td = s.search(new TermQuery(new Term(RecordFields.ID, id)), 1);
            if (td.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(fields.fromStored(s.storedFields(), td.scoreDocs[0].doc));
        } finally {
            release(s);
        }
    }

    /** A searcher over the latest records; give it back with {@link #release}. */
    public RecordSearcher acquire() throws IOException {
        searchers.maybeRefreshBlocking();
        return (RecordSearcher) searchers.acquire();
    }

    public void release(RecordSearcher s) throws IOException {
        searchers.release(s);
    }

    /** Size of the index files on disk, in bytes. */
    public long sizeOnDisk() throws IOException {
        long total = 0;
        for (String f : dir.listAll()) {
            try {
                total += dir.fileLength(f);
            } catch (java.nio.file.NoSuchFileException e) {
                // merged away while we listed
            }
        }
        return total;
    }

    /** Merges down to at most {@code segments} segments and commits (for benchmarks and after bulk loads). */
    public void optimize(int segments) throws IOException {
        writer.forceMerge(segments);
        commit();
    }

    /** Commits what was written and closes the index. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.close();
            } finally {
                dir.close();
            }
        }
    }

    /**
     * An {@link IndexSearcher} that also holds the sorted-set facet state of its reader, built on first use
     * (it maps ordinals across segments, so it is built once per reader, not per search).
     */
    public static final class RecordSearcher extends IndexSearcher {
        private final RecordFields fields;
        private volatile SortedSetDocValuesReaderState facetState;
        private volatile boolean noFacets;

        RecordSearcher(IndexReader reader, RecordFields fields) {
            super(reader);
            this.fields = fields;
        }

        public RecordFields fields() { return fields; }

        /** The facet state, or empty while no record has any facet value (an empty index). */
        public Optional<SortedSetDocValuesReaderState> facetState() {
            if (facetState == null && !noFacets) {
                synchronized (this) {
                    if (facetState == null && !noFacets) {
                        try {
                            facetState = new DefaultSortedSetDocValuesReaderState(getIndexReader(), fields.facetsConfig());
                        } catch (IllegalArgumentException e) {
                            noFacets = true; // no document has a facet field yet
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            }
            return Optional.ofNullable(facetState);
        }

        /** True when the reader is the latest one of its index (for tests). */
        public boolean isCurrent() throws IOException {
            return ((DirectoryReader) getIndexReader()).isCurrent();
        }
    }
}
