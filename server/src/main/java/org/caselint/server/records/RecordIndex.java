package org.caselint.server.records;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
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
import org.caselint.model.Note;
import org.caselint.report.Finding;
import org.caselint.report.Report;
import org.caselint.server.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of records on disk, in a data directory: the index in {@code DATA/index} and its
 * write-ahead log in {@code DATA/wal}.
 *
 * <p><b>Durability.</b> {@link #put} appends its records to the write-ahead log and fsyncs it (concurrent
 * callers share fsyncs) before it returns, so a record acknowledged after {@code put} survives a {@code kill -9}
 * at any later moment. A background checkpoint commits the Lucene index about once a second and then drops the
 * log it covers; opening the index replays whatever log is left (entries are checksummed; a torn tail, never
 * acknowledged, is ignored) and commits. Lucene itself always reopens at its last commit. Bulk loaders use
 * {@link #write} and {@link #commit} instead (no log), acknowledging only what a commit covered.
 *
 * <p><b>Thread-safety.</b> All methods are thread-safe. Searches see records as soon as they are written
 * (near-real-time). Only one process may open a data directory at a time (Lucene's write lock).
 *
 * <pre>{@code
 * try (RecordIndex index = RecordIndex.open(Path.of("data"))) {
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
    private final ReentrantReadWriteLock logLock = new ReentrantReadWriteLock();
    private final WriteAheadLog log;
    private final ObjectMapper json = Json.mapper();
    private final ScheduledExecutorService checkpoints;

    /**
     * One log entry: a record's note and findings (its report is rebuilt from them), or, with only {@code deleted},
     * the id of a record deleted.
     */
    record LogEntry(Note note, List<Finding> findings, String deleted) { }

    private RecordIndex(Path dataDir) throws IOException {
        this.path = dataDir.resolve("index");
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
        this.log = new WriteAheadLog(dataDir.resolve("wal"));
        int replayed = log.replay(bytes -> {
            try {
                LogEntry e = json.readValue(bytes, LogEntry.class);
                if (e.deleted() != null) {
                    writer.deleteDocuments(new Term(RecordFields.ID, e.deleted()));
                    return;
                }
                IndexedRecord r = new IndexedRecord(e.note(), Report.of(e.note().id(), e.findings()));
                writer.updateDocument(new Term(RecordFields.ID, r.id()), fields.toDocument(r));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        writer.commit();
        log.deleteBefore(log.start());
        this.checkpoints = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "record-index-checkpoint");
            t.setDaemon(true);
            return t;
        });
        checkpoints.scheduleWithFixedDelay(this::checkpointQuietly, CHECKPOINT_MS, CHECKPOINT_MS, TimeUnit.MILLISECONDS);
        LOG.info("record index open at {} with {} records ({} replayed from the log)", path, writer.getDocStats().numDocs, replayed);
    }

    /** How often the background checkpoint commits the index and drops the log it covers. */
    static final long CHECKPOINT_MS = 1000;

    /** Opens (creating if needed) the index in {@code dataDir/index}, replaying its log. One process at a time. */
    public static RecordIndex open(Path dataDir) throws IOException {
        return new RecordIndex(dataDir);
    }

    public Path path() { return path; }

    public RecordFields fields() { return fields; }

    /** Adds or replaces (by id) the records and returns once they are durable (in the fsynced log). */
    public void put(List<IndexedRecord> records) throws IOException {
        if (records.isEmpty()) return;
        List<byte[]> entries = new ArrayList<>(records.size());
        for (IndexedRecord r : records) entries.add(json.writeValueAsBytes(new LogEntry(r.note(), r.findings(), null)));
        logLock.readLock().lock();
        try {
            long pos = log.append(entries);
            write(records);
            log.sync(pos);
        } finally {
            logLock.readLock().unlock();
        }
    }

    /**
     * Deletes the record with this id and returns once the deletion is durable (in the fsynced log); false, and
     * nothing written, when there is no such record. A put and a delete of the same id at the same moment land in
     * either order.
     */
    public boolean delete(String id) throws IOException {
        if (get(id).isEmpty()) return false;
        byte[] entry = json.writeValueAsBytes(new LogEntry(null, null, id));
        logLock.readLock().lock();
        try {
            long pos = log.append(List.of(entry));
            writer.deleteDocuments(new Term(RecordFields.ID, id));
            log.sync(pos);
        } finally {
            logLock.readLock().unlock();
        }
        return true;
    }

    /**
     * Commits the index if the log has anything new, then deletes the log the commit covers. Runs about once a
     * second in the background; safe to call at any time.
     */
    public void checkpoint() throws IOException {
        synchronized (commitLock) {
            if (!log.dirty()) return;
            long covered;
            logLock.writeLock().lock(); // no put is between its log append and its index update
            try {
                covered = log.rotate();
            } finally {
                logLock.writeLock().unlock();
            }
            writer.commit();
            log.deleteBefore(covered);
        }
    }

    private void checkpointQuietly() {
        try {
            checkpoint();
        } catch (IOException | RuntimeException e) {
            LOG.warn("record index checkpoint failed (the log keeps the records): {}", e.toString());
        }
    }

    /**
     * Adds or replaces (by id) the records without making them durable; returns the sequence number of the last
     * update. Call {@link #commit} before acknowledging them.
     */
    public long write(List<IndexedRecord> records) throws IOException {
        long seq = -1;
        for (IndexedRecord r : records) seq = writer.updateDocument(new Term(RecordFields.ID, r.id()), fields.toDocument(r));
        return seq;
    }

    /** Commits everything written so far (a Lucene commit: fsynced, survives a crash). */
    public void commit() throws IOException {
        synchronized (commitLock) {
            writer.commit();
        }
    }

    /**
     * A value kept with the index's commits (Lucene commit user data, such as whether the demo load finished), as of
     * the last {@link #setCommitValue}, or of the last commit when the index was opened; null when there is none.
     */
    public String commitValue(String key) {
        synchronized (commitLock) {
            Iterable<java.util.Map.Entry<String, String>> live = writer.getLiveCommitData();
            if (live == null) return null;
            for (java.util.Map.Entry<String, String> e : live) if (e.getKey().equals(key)) return e.getValue();
            return null;
        }
    }

    /** Sets a value to be kept with the next commit (and every later one, until it is set again). */
    public void setCommitValue(String key, String value) {
        synchronized (commitLock) {
            java.util.Map<String, String> data = new java.util.HashMap<>();
            Iterable<java.util.Map.Entry<String, String>> live = writer.getLiveCommitData();
            if (live != null) for (java.util.Map.Entry<String, String> e : live) data.put(e.getKey(), e.getValue());
            data.put(key, value);
            writer.setLiveCommitData(data.entrySet());
        }
    }

    /** The number of records written so far, durable or not (a replaced record counts once). */
    public int count() throws IOException {
        RecordSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
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

    /** Commits what was written, drops the log and closes the index. */
    @Override
    public void close() throws IOException {
        checkpoints.shutdown();
        try {
            checkpoints.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            checkpoint();
            log.close();
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
    }
}
