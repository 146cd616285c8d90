package org.caselint.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caselint.Linter;
import org.caselint.eval.AnnotatedNote;
import org.caselint.eval.Evaluator;
import org.caselint.server.BadInputException;
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
        try {
            return AnnotatedNote.read(paths);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
