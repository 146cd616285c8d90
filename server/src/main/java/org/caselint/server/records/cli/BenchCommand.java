package org.caselint.server.records.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.caselint.Linter;
import org.caselint.model.Note;
import org.caselint.report.Report;
import org.caselint.server.cli.LinterHolder;
import org.caselint.server.records.IndexedRecord;
import org.caselint.server.records.RecordStore;
import org.caselint.server.records.generate.RecordGenerator;
import org.caselint.server.records.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code caselint bench}: generates records, analyses and indexes them, then times searches. Reports records
 * per second analysed (linted) and indexed (written and committed), the index size on disk, and the median
 * and 99th-percentile latency of a term query, a phrase query, a category filter and a query with all facets,
 * each with and without highlighting. Single process, searches one at a time, after warm-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks record analysis, indexing and search on generated records.")
public final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--count", defaultValue = "100000", description = "records to generate (default ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--seed", defaultValue = "7") long seed;

    @Option(names = "--runs", defaultValue = "200", description = "timed runs of each search (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--analyse", paramLabel = "N", description = {
            "lint only the first N records and index the rest as copies of them under new ids (same text and findings),",
            "to measure indexing and search at sizes the linter cannot reach in reasonable time (default: lint all)"})
    Integer analyse;

    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: a temporary one, deleted afterwards)")
    Path data;

    static final String[] TERMS = {"aggressive", "school", "bedroom", "police", "hostile", "attendance", "kitchen",
            "football", "housing", "cannabis"};
    static final String[] PHRASES = {"\"front room\"", "\"packed lunch\"", "\"family centre\"", "\"eye contact\"",
            "\"gas meter\"", "\"attendance this term\"", "\"clean clothes\"", "\"police log\""};
    static final String[] CATEGORIES = {"judgemental", "acronym", "jargon", "missing-source", "fact-opinion",
            "child-voice", "third-party-child"};

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean temp = data == null;
        Path dir = temp ? Files.createTempDirectory("caselint-bench") : data;
        double loadAtStart = load();
        long t0 = System.nanoTime();
        Linter linter = LinterHolder.get();
        double loadS = (System.nanoTime() - t0) / 1e9;
        try (RecordStore store = RecordStore.open(linter, dir)) {
            if (store.count() > 0) throw new IllegalArgumentException("--data must be an empty directory: the bench indexes into it");
            // 1. generate, analyse and index, block by block, timing analysis and indexing apart
            long genNs = 0;
            long lintNs = 0;
            long writeNs = 0;
            long findings = 0;
            Progress progress = new Progress(err, count);
            int linted = analyse == null ? count : Math.min(count, Math.max(1, analyse));
            Iterator<Note> gen = new RecordGenerator(seed, linted);
            List<IndexedRecord> analysed = new ArrayList<>(linted < count ? linted : 0);
            int done = 0;
            while (done < count) {
                long a = System.nanoTime();
                List<Note> block = new ArrayList<>(1000);
                while (gen.hasNext() && block.size() < 1000) block.add(gen.next());
                long b = System.nanoTime();
                List<IndexedRecord> recs;
                long c;
                if (!block.isEmpty()) {
                    recs = store.analyse(block);
                    c = System.nanoTime();
                    if (linted < count) analysed.addAll(recs);
                } else {
                    recs = copies(analysed, done, Math.min(1000, count - done));
                    c = b = System.nanoTime();
                }
                store.index().write(recs);
                if ((done + recs.size()) % 20_000 == 0) store.index().commit();
                long d = System.nanoTime();
                genNs += b - a;
                lintNs += c - b;
                writeNs += d - c;
                for (IndexedRecord r : recs) findings += r.findings().size();
                done += recs.size();
                progress.update(done);
            }
            long c0 = System.nanoTime();
            store.index().commit();
            writeNs += System.nanoTime() - c0;
            progress.finish();
            long size = store.index().sizeOnDisk();

            out.printf(Locale.ROOT, "%n## Records: %,d (seed %d), %,d findings; %d cores, max heap %,d MB; linter loaded in %.1f s;"
                            + " system load average %.1f at the start, %.1f after indexing%n%n",
                    count, seed, findings, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, loadS, loadAtStart, load());
            if (linted < count) out.printf(Locale.ROOT, "%,d records generated and linted; the other %,d are copies of them under new ids.%n%n",
                    linted, count - linted);
            out.println("| stage | time | rate |");
            out.println("| --- | --- | --- |");
            out.printf(Locale.ROOT, "| generate | %.1f s | %,.0f records/s |%n", genNs / 1e9, linted / (genNs / 1e9));
            out.printf(Locale.ROOT, "| analyse (lint, %d threads) | %.1f s | %,.0f records/s |%n",
                    Runtime.getRuntime().availableProcessors(), lintNs / 1e9, linted / (lintNs / 1e9));
            out.printf(Locale.ROOT, "| index (write + commits) | %.1f s | %,.0f records/s |%n", writeNs / 1e9, count / (writeNs / 1e9));
            if (linted == count) {
                out.printf(Locale.ROOT, "| analyse + index | %.1f s | %,.0f records/s |%n", (lintNs + writeNs) / 1e9,
                        count / ((lintNs + writeNs) / 1e9));
            }
            out.printf(Locale.ROOT, "%nIndex size on disk: %,.1f MB (%,d bytes, %,.0f bytes/record)%n%n", size / 1e6, size,
                    size / (double) Math.max(1, count));
            out.flush();

            // 2. searches: page 1 of 20, one at a time, after warm-up
            out.println("| search | highlight | median ms | p99 ms | hits (first query) |");
            out.println("| --- | --- | --- | --- | --- |");
            bench(out, store, "term query", i -> SearchRequest.builder().query(TERMS[i % TERMS.length]).facets(false));
            bench(out, store, "phrase query", i -> SearchRequest.builder().query(PHRASES[i % PHRASES.length]).facets(false));
            bench(out, store, "category filter", i -> SearchRequest.builder().categories(CATEGORIES[i % CATEGORIES.length])
                    .sort(SearchRequest.Sort.DATE).facets(false));
            bench(out, store, "term query + all facets", i -> SearchRequest.builder().query(TERMS[i % TERMS.length]).facets(true));
            bench(out, store, "all records + all facets", i -> SearchRequest.builder().facets(true));
            out.printf(Locale.ROOT, "%nSystem load average after the searches: %.1f (other processes share the %d cores).%n",
                    load(), Runtime.getRuntime().availableProcessors());
            out.flush();
        } finally {
            if (temp) delete(dir);
        }
        return 0;
    }

    private void bench(PrintWriter out, RecordStore store, String name, IntFunction<SearchRequest.Builder> make) throws IOException {
        for (boolean hl : new boolean[]{false, true}) {
            for (int i = 0; i < Math.max(20, runs / 4); i++) store.search(make.apply(i).highlight(hl).build()); // warm-up
            long first = store.search(make.apply(0).highlight(hl).build()).total();
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                SearchRequest r = make.apply(i).highlight(hl).build();
                long a = System.nanoTime();
                store.search(r);
                ms[i] = (System.nanoTime() - a) / 1e6;
            }
            Arrays.sort(ms);
            out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %,d |%n", name, hl ? "yes" : "no", ms[ms.length / 2],
                    ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.99) - 1)], first);
            out.flush();
        }
    }

    /** {@code n} copies of analysed records, under new ids, for positions {@code from} onwards. */
    private static List<IndexedRecord> copies(List<IndexedRecord> analysed, int from, int n) {
        List<IndexedRecord> out = new ArrayList<>(n);
        for (int i = from; i < from + n; i++) {
            IndexedRecord r = analysed.get(i % analysed.size());
            Note x = r.note();
            String id = String.format(Locale.ROOT, "N-%07d", i + 1);
            out.add(new IndexedRecord(new Note(id, x.text(), x.subject(), x.family(), x.author(), x.childId(), x.kind(),
                    x.eventDate(), x.recordedDate(), x.restricted()), Report.of(id, r.findings())));
        }
        return out;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
