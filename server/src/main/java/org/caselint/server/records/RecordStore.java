package org.caselint.server.records;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.caselint.Linter;
import org.caselint.model.Note;
import org.caselint.server.records.search.RecordSearch;
import org.caselint.server.records.search.SearchRequest;
import org.caselint.server.records.search.SearchResult;

/**
 * Records: lints each note with the shared {@link Linter} and keeps it, with its findings, in the
 * {@link RecordIndex}. What the HTTP handlers, the CLI and the demo loader use.
 *
 * <p>Thread-safe. {@link #ingest} returns only once every record it was given is durable, so its ids can be
 * acknowledged; if it throws, none of them should be acknowledged (some may still be stored).
 *
 * <pre>{@code
 * try (RecordStore store = RecordStore.open(linter, Path.of("data"))) {
 *     List<String> ids = store.ingest(List.of(note));        // durable on return
 *     SearchResult r = store.search(SearchRequest.builder().query("aggressive").build());
 * }
 * }</pre>
 */
public final class RecordStore implements Closeable {
    private final Linter linter;
    private final RecordIndex index;
    private final RecordSearch search;

    public RecordStore(Linter linter, RecordIndex index) {
        this.linter = linter;
        this.index = index;
        this.search = new RecordSearch(index);
    }

    /** Opens the store whose index lives in {@code dataDir} (see {@link RecordIndex#open}). */
    public static RecordStore open(Linter linter, java.nio.file.Path dataDir) throws IOException {
        return new RecordStore(linter, RecordIndex.open(dataDir));
    }

    public RecordIndex index() { return index; }

    public Linter linter() { return linter; }

    /**
     * Lints and stores the notes (replacing records with the same id) and returns their ids, in order, once all
     * are durable. A note without an id is given one ({@code R-} and a random UUID). Throws
     * {@link IllegalArgumentException} (nothing stored) when a note has no text or is too long.
     */
    public List<String> ingest(List<Note> notes) throws IOException {
        List<IndexedRecord> records = analyse(notes);
        index.put(records);
        return records.stream().map(IndexedRecord::id).toList();
    }

    /** Lints the notes (in parallel when there are several) without storing them. */
    public List<IndexedRecord> analyse(List<Note> notes) {
        List<Note> withIds = notes.stream().map(RecordStore::withId).toList();
        return (withIds.size() > 1 ? withIds.parallelStream() : withIds.stream())
                .map(n -> new IndexedRecord(n, linter.lint(n))).toList();
    }

    /** Deletes the record with this id; durable on return. False when there is no such record. */
    public boolean delete(String id) throws IOException {
        return index.delete(id);
    }

    public Optional<IndexedRecord> get(String id) throws IOException {
        return index.get(id);
    }

    public SearchResult search(SearchRequest request) throws IOException {
        return search.search(request);
    }

    public RecordSearch searcher() { return search; }

    public int count() throws IOException { return index.count(); }

    /** Gives a note without an id a fresh one. */
    static Note withId(Note n) {
        if (n.id() != null && !n.id().isBlank()) return n;
        return new Note("R-" + UUID.randomUUID(), n.text(), n.subject(), n.family(), n.author(), n.childId(), n.kind(),
                n.eventDate(), n.recordedDate(), n.restricted());
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
