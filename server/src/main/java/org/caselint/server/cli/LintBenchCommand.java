package org.caselint.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.caselint.Linter;
import org.caselint.eval.AnnotatedNote;
import org.caselint.model.Note;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code caselint bench-lint}: warm single-thread latency of {@code lint} on notes of about 300 words, built by
 * joining annotated notes. A measurement command, not a test: nothing asserts a time.
 */
@Command(name = "bench-lint", mixinStandardHelpOptions = true,
        description = "Measures warm lint time per ~300-word note on one thread (median, p90, p99).")
public final class LintBenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILES", description = "annotated notes to build the test notes from (default corpus/annotated)")
    List<Path> files = new ArrayList<>(List.of(Path.of("corpus/annotated")));

    @Option(names = "--words", defaultValue = "300", description = "words per note (default ${DEFAULT-VALUE})")
    int words;

    @Option(names = "--runs", defaultValue = "2000", description = "timed lints (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "500", description = "untimed lints first (default ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() throws Exception {
        List<AnnotatedNote> source = EvalCommand.read(files);
        List<Note> notes = build(source, words);
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Linter linter = LinterHolder.get();
        out.printf("models and lexicons loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        for (int i = 0; i < warmup; i++) linter.lint(notes.get(i % notes.size()));
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            Note n = notes.get(i % notes.size());
            long a = System.nanoTime();
            linter.lint(n);
            ns[i] = System.nanoTime() - a;
        }
        Arrays.sort(ns);
        double avgWords = notes.stream().mapToInt(n -> n.text().split("\\s+").length).average().orElse(0);
        out.printf("%d notes of %.0f words on average, %d timed lints after %d warm-up, one thread%n", notes.size(), avgWords, runs, warmup);
        out.printf("median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", ns[runs / 2] / 1e6, ns[runs * 9 / 10] / 1e6,
                ns[runs * 99 / 100] / 1e6, ns[runs - 1] / 1e6);
        out.println("time per stage (total ms): " + linter.pipeline().timings());
        out.flush();
        return 0;
    }

    /** Joins consecutive annotated notes until each reaches the word count. */
    static List<Note> build(List<AnnotatedNote> source, int words) {
        List<Note> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (AnnotatedNote a : source) {
            String t = a.text();
            sb.append(t).append("\n\n");
            count += t.split("\\s+").length;
            if (count >= words) {
                out.add(new Note("bench-" + out.size(), sb.toString(), a.subject(), null, null, null, null, null, null, null));
                sb.setLength(0);
                count = 0;
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("not enough annotated text to build a " + words + "-word note");
        return out;
    }
}
