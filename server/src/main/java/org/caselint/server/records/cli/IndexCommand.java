package org.caselint.server.records.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.caselint.model.Note;
import org.caselint.server.BadInputException;
import org.caselint.server.Json;
import org.caselint.server.Main;
import org.caselint.server.cli.LinterHolder;
import org.caselint.server.records.RecordStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code caselint index --batch records.jsonl}: lints and indexes a JSON Lines file of notes into the record
 * index, with a progress bar on stderr and a final count and rate. Commits every {@link #COMMIT_EVERY} records
 * and at the end, so an interrupted run keeps what it had committed. Lines that are not valid notes are
 * skipped and reported (exit code 2).
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Lints and indexes records (one note JSON per line) into the record index.")
public final class IndexCommand implements Callable<Integer> {
    static final int BLOCK = 500;
    static final int COMMIT_EVERY = 10_000;

    @Spec CommandSpec spec;

    @Option(names = "--batch", required = true, paramLabel = "FILE.jsonl", description = "records to index (- for stdin)")
    String batch;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR", description = "data directory (default ${DEFAULT-VALUE})")
    Path data;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean stdin = batch.equals("-");
        Path file = stdin ? null : Path.of(batch);
        if (file != null && !Files.isRegularFile(file)) throw new BadInputException("no such file: " + batch);
        long total = 0;
        if (file != null) {
            try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
                total = lines.filter(l -> !l.isBlank()).count();
            }
        }
        ObjectMapper mapper = Json.mapper();
        long indexed = 0;
        long bad = 0;
        long sinceCommit = 0;
        try (RecordStore store = RecordStore.open(LinterHolder.get(), data)) {
            Progress progress = new Progress(err, total);
            InputStream in = stdin ? System.in : Files.newInputStream(file);
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
                List<Note> block = new ArrayList<>(BLOCK);
                long lineNo = 0;
                String line;
                do {
                    try {
                        line = r.readLine();
                    } catch (java.nio.charset.MalformedInputException e) {
                        throw new BadInputException(batch + ": line " + (lineNo + 1) + " is not valid UTF-8");
                    }
                    if (line != null) {
                        lineNo++;
                        if (line.isBlank()) continue;
                        Note n = parse(mapper, line);
                        if (n == null) {
                            bad++;
                            err.printf("%ncaselint: %s:%d is not a valid note; skipped%n", batch, lineNo);
                        } else {
                            block.add(n);
                        }
                    }
                    if (block.size() == BLOCK || (line == null && !block.isEmpty())) {
                        try {
                            store.index().write(store.analyse(block));
                            indexed += block.size();
                            sinceCommit += block.size();
                        } catch (IllegalArgumentException e) {
                            // a note too long or without text: index the others one by one
                            for (Note n : block) {
                                try {
                                    store.index().write(store.analyse(List.of(n)));
                                    indexed++;
                                    sinceCommit++;
                                } catch (IllegalArgumentException e2) {
                                    bad++;
                                    err.printf("%ncaselint: record %s: %s; skipped%n", n.id(), e2.getMessage());
                                }
                            }
                        }
                        block.clear();
                        if (sinceCommit >= COMMIT_EVERY) {
                            store.index().commit();
                            sinceCommit = 0;
                        }
                        progress.update(indexed + bad);
                    }
                } while (line != null);
            }
            store.index().commit();
            progress.finish();
            double s = progress.seconds();
            err.printf(Locale.ROOT, "caselint: indexed %,d records in %.1f s (%.0f records/s)%s; the index has %,d records%n",
                    indexed, s, indexed / Math.max(s, 1e-9), bad > 0 ? ", skipped " + bad + " bad lines" : "", store.count());
        }
        return bad > 0 ? Main.BAD_INPUT : Main.OK;
    }

    private static Note parse(ObjectMapper mapper, String line) {
        try {
            JsonNode node = mapper.readTree(line);
            if (node == null || !node.isObject()) return null;
            Note n = mapper.treeToValue(node, Note.class);
            return n.text() == null || n.text().isBlank() ? null : n;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
