package org.caselint.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caselint.model.Document;
import org.caselint.model.Note;
import org.caselint.model.Sentence;
import org.caselint.model.Token;
import org.caselint.server.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caselint analyse FILE}: prints the document model the checks see (sentences, tokens, POS, lemma, NER). */
@Command(name = "analyse", mixinStandardHelpOptions = true,
        description = "Prints the sentences and tokens (POS, lemma, NER) the checks see, for rule writers.")
public final class AnalyseCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "note text file, or - for stdin")
    String file;

    @Override
    public Integer call() throws Exception {
        String text = Texts.decodeUtf8(file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file)));
        Document d = LinterHolder.get().analyse(Note.of("analyse", text));
        PrintWriter out = spec.commandLine().getOut();
        for (Sentence s : d.sentences()) {
            out.printf("[%d] %s%s section=%s%n", s.index(), s.isHeading() ? "(heading) " : "", s.isListItem() ? "(item)" : "", s.section());
            StringBuilder sb = new StringBuilder("    ");
            for (Token t : s.tokens()) {
                sb.append(t.text()).append('/').append(t.pos()).append('/').append(t.lemma());
                if (!"O".equals(t.ner())) sb.append('/').append(t.ner());
                sb.append(' ');
            }
            out.println(sb);
        }
        d.quotes().forEach(q -> out.printf("quote %d-%d speaker=%s%n", q.start(), q.end(), q.speaker()));
        out.flush();
        return 0;
    }
}
