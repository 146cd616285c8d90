package org.caselint.server.records;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.caselint.model.Note;
import org.caselint.server.records.generate.RecordGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo records for a newcomer: when the index is empty, generates {@link #COUNT} invented records with a fixed
 * seed and indexes them, so {@code /audit} shows a working search at once. {@code serve} calls
 * {@link #loadInBackgroundIfEmpty} at start-up. It takes as long as linting 3000 notes: about 50 seconds on two
 * cores (48 s measured from a fresh clone). The index's commits carry whether the load finished, so a load cut
 * short (the server stopped, or a periodic checkpoint committing part of it) is done again at the next start; the
 * generator is seeded and records replace their namesakes, so a repeated load leaves exactly the demo set, and
 * records added meanwhile stay.
 *
 * <pre>{@code
 * int loaded = DemoData.loadIfEmpty(store);   // 0 when the index already had records
 * }</pre>
 */
public final class DemoData {
    public static final int COUNT = 3000;
    public static final long SEED = 20240503L;
    /** The commit value that says how far the demo load got: {@link #LOADING} until it has finished. */
    static final String STATE = "caselint.demo";
    static final String LOADING = "loading";
    static final String LOADED = "loaded";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private DemoData() { }

    /**
     * As {@link #loadIfEmpty(RecordStore)} on a background daemon thread, so a server can listen at once; the
     * records show in searches as they are indexed. Completes with the number loaded (0 if the index had records).
     */
    public static CompletableFuture<Integer> loadInBackgroundIfEmpty(RecordStore store) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                done.complete(loadIfEmpty(store));
            } catch (IOException | RuntimeException e) {
                LOG.warn("demo records could not be loaded: {}", e.toString());
                done.completeExceptionally(e);
            }
        }, "demo-data");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** Loads the demo set when the store has no records; returns how many records were loaded. */
    public static int loadIfEmpty(RecordStore store) throws IOException {
        return loadIfEmpty(store, COUNT);
    }

    /** As {@link #loadIfEmpty(RecordStore)} with {@code count} records (for tests). */
    public static int loadIfEmpty(RecordStore store, int count) throws IOException {
        String state = store.index().commitValue(STATE);
        boolean unfinished = LOADING.equals(state);
        // an index whose records were all deleted after the demo load stays empty
        if ((store.count() > 0 || LOADED.equals(state)) && !unfinished) return 0;
        long t0 = System.nanoTime();
        if (unfinished) LOG.info("the demo load was cut short: loading the {} demo records again (seed {})", count, SEED);
        else LOG.info("the record index is empty: loading {} demo records (seed {})", count, SEED);
        store.index().setCommitValue(STATE, LOADING);
        Iterator<Note> gen = new RecordGenerator(SEED, count);
        List<Note> block = new ArrayList<>(500);
        int done = 0;
        while (gen.hasNext()) {
            block.add(gen.next());
            if (block.size() == 500 || !gen.hasNext()) {
                store.index().write(store.analyse(block));
                done += block.size();
                block.clear();
            }
        }
        store.index().setCommitValue(STATE, LOADED);
        store.index().commit();
        LOG.info("demo records loaded: {} in {} ms", done, (System.nanoTime() - t0) / 1_000_000);
        return done;
    }
}
