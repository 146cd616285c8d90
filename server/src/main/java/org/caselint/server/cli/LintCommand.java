package org.caselint.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.caselint.Linter;
import org.caselint.model.Note;
import org.caselint.report.Finding;
import org.caselint.report.Report;
import org.caselint.report.Severity;
import org.caselint.server.BadInputException;
import org.caselint.server.Json;
import org.caselint.server.Main;
import org.caselint.server.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caselint lint}: one note from a file or stdin, or a JSON Lines batch. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Checks a case note and prints its findings.",
                "FILE (or - for stdin) is plain text; --batch reads one note JSON per line and writes one report per line."})
public final class LintCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "note text file, or - for stdin")
    String file;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Option(names = "--subject", paramLabel = "NAME", description = "the child the note is about")
    String subject;

    @Option(names = "--batch", paramLabel = "IN.jsonl", description = "lint every note of a JSON Lines file (- for stdin)")
    String batch;

    @Option(names = "--out", paramLabel = "OUT.jsonl", description = "where --batch writes its reports (default stdout)")
    Path out;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "exit 1 when a finding is at or above this severity: info, warning, error or none (default ${DEFAULT-VALUE})")
    String failOn;

    @Override
    public Integer call() throws IOException {
        Severity threshold = failOn.equalsIgnoreCase("none") ? null : parseSeverity(failOn);
        if (batch != null) {
            if (file != null) throw new BadInputException("give either FILE or --batch, not both");
            return runBatch(threshold);
        }
        if (file == null) throw new BadInputException("give a FILE to lint (or - for stdin), or --batch IN.jsonl");
        if (out != null) throw new BadInputException("--out goes with --batch");
        String text = Texts.decodeUtf8(file.equals("-") ? System.in.readAllBytes() : readFile(Path.of(file)));
        Note note = new Note(file.equals("-") ? "stdin" : Path.of(file).getFileName().toString(), text,
                subject == null ? null : Note.Subject.named(subject), null, null, null, null, null, null, null);
        Report r = LinterHolder.get().lint(note);
        PrintWriter pw = spec.commandLine().getOut();
        if (json) pw.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
        else pw.print(HumanFormat.format(file.equals("-") ? "<stdin>" : file, text, r));
        pw.flush();
        return exitCode(List.of(r), threshold);
    }

    private static byte[] readFile(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    private static Severity parseSeverity(String s) {
        try {
            return Severity.parse(s);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--fail-on must be info, warning, error or none, not '" + s + "'");
        }
    }

    static int exitCode(List<Report> reports, Severity threshold) {
        if (threshold == null) return Main.OK;
        for (Report r : reports) {
            for (Finding f : r.findings()) if (f.severity().compareTo(threshold) >= 0) return Main.FINDINGS;
        }
        return Main.OK;
    }

    /**
     * Streams the batch: reads a block of lines, lints them in parallel, writes their reports in input order.
     * A line that is not a valid note gets an error line {@code {"id":..., "line":N, "error":{...}}} in its place,
     * so the output still has one line per input line; the exit code is then 2.
     */
    private int runBatch(Severity threshold) throws IOException {
        Linter linter = LinterHolder.get();
        ObjectMapper mapper = Json.mapper();
        int bad = 0;
        boolean failing = false;
        long count = 0;
        InputStream in = batch.equals("-") ? System.in : Files.newInputStream(Path.of(batch));
        OutputStream os = out == null ? System.out : Files.newOutputStream(out);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
             Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> block = new ArrayList<>();
            String line;
            long lineNo = 0;
            while (true) {
                try {
                    line = reader.readLine();
                } catch (java.nio.charset.MalformedInputException e) {
                    throw new BadInputException(batch + ": line " + (lineNo + 1) + " is not valid UTF-8");
                }
                if (line != null) {
                    lineNo++;
                    if (line.isBlank()) continue;
                    block.add(line);
                }
                if (block.size() == 512 || (line == null && !block.isEmpty())) {
                    long first = count;
                    List<Object> results = block.parallelStream().map(l -> lintLine(linter, mapper, l)).toList();
                    for (int i = 0; i < results.size(); i++) {
                        Object o = results.get(i);
                        if (o instanceof Report r) {
                            failing |= exitCode(List.of(r), threshold) != Main.OK;
                            w.write(mapper.writeValueAsString(r));
                        } else {
                            bad++;
                            ObjectNode err = (ObjectNode) o;
                            err.put("line", first + i + 1);
                            w.write(mapper.writeValueAsString(err));
                        }
                        w.write('\n');
                    }
                    count += block.size();
                    block.clear();
                }
                if (line == null) break;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        spec.commandLine().getErr().printf("caselint: %d notes linted%s%n", count - bad,
                bad > 0 ? ", " + bad + " lines were not valid notes" : "");
        if (bad > 0) return Main.BAD_INPUT;
        return failing ? Main.FINDINGS : Main.OK;
    }

    /** A report, or an error object for a line that is not a valid note. */
    private static Object lintLine(Linter linter, ObjectMapper mapper, String line) {
        String id = null;
        try {
            JsonNode node = mapper.readTree(line);
            if (node == null || !node.isObject()) return error(mapper, null, "bad-note", "the line is not a JSON object");
            id = node.path("id").isTextual() ? node.get("id").asText() : null;
            Note note = mapper.treeToValue(node, Note.class);
            return linter.lint(note);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return error(mapper, id, "bad-json", "the line is not valid note JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            return error(mapper, id, "bad-note", e.getMessage());
        }
    }

    private static ObjectNode error(ObjectMapper mapper, String id, String code, String message) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", id);
        o.putObject("error").put("code", code).put("message", message);
        return o;
    }
}
