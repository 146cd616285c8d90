package org.caselint.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caselint.eval.AnnotatedNote;
import org.caselint.eval.Agreement;
import org.caselint.eval.Evaluator;
import org.caselint.server.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caselint agree}: how far two independent annotations of the same notes agree, on the eval's scale. */
@Command(name = "agree", mixinStandardHelpOptions = true,
        description = "Scores a second annotation of the same notes against the first, both ways, as eval scores the"
                + " checker: the F1 two annotators reach is the ceiling to read the checker's F1 against.")
public final class AgreeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FIRST", description = "annotated .jsonl file or directory")
    Path first;

    @Parameters(index = "1", paramLabel = "SECOND", description = "a second annotation of the same notes")
    Path second;

    @Override
    public Integer call() throws IOException {
        List<AnnotatedNote> a = EvalCommand.read(List.of(first));
        List<AnnotatedNote> b = EvalCommand.read(List.of(second));
        Evaluator bAgainstA;
        Evaluator aAgainstB;
        try {
            bAgainstA = Agreement.compare(a, b);
            aAgainstB = Agreement.compare(b, a);
        } catch (IllegalArgumentException ex) {
            throw new BadInputException("the two annotations do not hold the same notes: " + ex.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d notes, %d sentences%n", a.size(), a.stream().mapToInt(n -> n.sentences().size()).sum());
        out.printf("SECOND scored against FIRST:%n%s", bAgainstA.table());
        out.printf("FIRST scored against SECOND:%n%s", aAgainstB.table());
        out.flush();
        return 0;
    }
}
