package org.caselint.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.caselint.Linter;
import org.caselint.eval.AnnotatedNote;
import org.caselint.eval.Evaluator;
import org.caselint.server.BadInputException;
import org.caselint.server.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caselint eval}: precision, recall and F1 per category on annotated notes (ANNOTATION.md). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores the checker on annotated notes (JSON Lines files or directories of them).")
public final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILES", description = "annotated .jsonl files or directories")
    List<Path> files;

    @Option(names = "--misses", description = "also list every false positive and false negative")
    boolean misses;

    @Option(names = "--category", paramLabel = "ID", description = "with --misses, only this category")
    String category;

    @Option(names = "--rules-only", description = "score the rules alone, without the trained sentence classifiers")
    boolean rulesOnly;

    @Override
    public Integer call() throws IOException {
        List<AnnotatedNote> notes = read(files);
        Linter linter = rulesOnly ? Linter.rulesOnly() : LinterHolder.get();
        Evaluator e = Evaluator.run(notes, n -> linter.lint(n.toNote()));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d notes, %d sentences%n", notes.size(), notes.stream().mapToInt(n -> n.sentences().size()).sum());
        out.print(e.table());
        if (misses) {
            for (Evaluator.Miss m : e.misses()) {
                if (category != null && !category.equals(m.category())) continue;
                out.printf("%s %-17s %s#%d %s%s%n", m.kind(), m.category(), m.noteId(), m.sentence(), m.sentenceText(),
                        m.flagged() == null ? "" : "   <- flagged: " + m.flagged());
            }
        }
        out.flush();
        return 0;
    }

    /** Reads annotated notes from files, or from every .jsonl file under a directory, in name order. */
    public static List<AnnotatedNote> read(List<Path> paths) throws IOException {
        ObjectMapper mapper = Json.mapper();
        List<AnnotatedNote> notes = new ArrayList<>();
        for (Path p : paths) {
            List<Path> list;
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    list = s.filter(x -> x.toString().endsWith(".jsonl")).sorted().toList();
                }
            } else if (Files.isRegularFile(p)) {
                list = List.of(p);
            } else {
                throw new BadInputException("no such file or directory: " + p);
            }
            for (Path f : list) {
                int lineNo = 0;
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    lineNo++;
                    if (line.isBlank()) continue;
                    try {
                        notes.add(mapper.readValue(line, AnnotatedNote.class));
                    } catch (IOException ex) {
                        throw new BadInputException(f + ":" + lineNo + ": not an annotated note: " + ex.getMessage());
                    }
                }
            }
        }
        return notes;
    }
}
