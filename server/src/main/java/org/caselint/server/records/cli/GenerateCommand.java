package org.caselint.server.records.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.caselint.model.Note;
import org.caselint.server.Json;
import org.caselint.server.records.generate.RecordGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caselint generate}: realistic invented records as JSON Lines (one note JSON per line). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes realistic invented case records as JSON Lines (note JSON with every field).",
                "The same --seed and --count always give the same records."})
public final class GenerateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "how many records")
    int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default stdout)")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (count < 0) throw new IllegalArgumentException("--count must be 0 or more");
        ObjectMapper mapper = Json.mapper();
        OutputStream os = out == null ? System.out : Files.newOutputStream(out);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
            Iterator<Note> g = new RecordGenerator(seed, count);
            while (g.hasNext()) {
                w.write(mapper.writeValueAsString(g.next()));
                w.write('\n');
            }
        }
        if (out != null) spec.commandLine().getErr().printf("caselint: %d records written to %s%n", count, out);
        return 0;
    }
}
