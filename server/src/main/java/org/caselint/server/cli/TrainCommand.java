package org.caselint.server.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.caselint.Linter;
import org.caselint.eval.AnnotatedNote;
import org.caselint.learn.EmbeddingHead;
import org.caselint.learn.SentenceClassifier;
import org.caselint.learn.SentenceEncoder;
import org.caselint.learn.Trainer;
import org.caselint.report.Category;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code caselint train}: trains the sentence classifiers that back up the missing-source and fact-opinion rules,
 * on the tuning part of the corpus only, and writes them with how they were made to {@code models/trained/}.
 * Deterministic for the same corpus and code (maxent, fixed iterations, folds by writer, the letters of the note ids).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains the missing-source and fact-opinion sentence classifiers on annotated notes (the tuning part).")
public final class TrainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILES", description = "annotated notes (default corpus/annotated/tune)")
    List<Path> files = new ArrayList<>(List.of(Path.of("corpus/annotated/tune")));

    @Option(names = "--out", defaultValue = "models/trained", description = "where to write the models (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--iterations", defaultValue = "300", description = "maxent iterations (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds for the threshold (default ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--threshold", paramLabel = "CATEGORY=P", description = "fix a classifier's threshold instead of "
            + "choosing it by cross-validation, e.g. missing-source=0.30 (repeatable)")
    java.util.Map<String, Double> thresholds = new java.util.HashMap<>();

    @Option(names = "--choose-on", paramLabel = "WRITERS", split = ",", description = "choose each classifier's threshold "
            + "on these writers' notes (the letters of their ids, e.g. DF,DG,DH) with a model trained without them, "
            + "instead of by cross-validation; a --threshold for a category takes precedence")
    java.util.Set<String> chooseOn = new java.util.TreeSet<>();

    @Option(names = "--no-head", description = "train the maxent classifiers alone, without the sentence-encoder head "
            + "stacked on each (an existing head file is removed)")
    boolean noHead;

    @Override
    public Integer call() throws Exception {
        for (var e : thresholds.entrySet()) {
            if (!e.getKey().equals(Category.MISSING_SOURCE.id()) && !e.getKey().equals(Category.FACT_OPINION.id())) {
                throw new IllegalArgumentException("--threshold: no classifier for '"
                        + e.getKey() + "' (missing-source, fact-opinion)");
            }
            if (e.getValue() <= 0 || e.getValue() > 1) {
                throw new IllegalArgumentException("--threshold: " + e.getKey()
                        + " must be above 0 and at most 1, not " + e.getValue());
            }
        }
        List<AnnotatedNote> notes = EvalCommand.read(files);
        if (!chooseOn.isEmpty()) Trainer.requireBlock(notes, chooseOn); // before any training, not after the first model
        PrintWriter pw = spec.commandLine().getOut();
        Files.createDirectories(out);
        Trainer trainer = new Trainer(Linter.rulesOnly(), !noHead);
        for (Category c : List.of(Category.MISSING_SOURCE, Category.FACT_OPINION)) {
            Double fixed = thresholds.get(c.id());
            Trainer.Result r = trainer.train(notes, c, folds, iterations, fixed, chooseOn);
            Trainer.BlockChoice b = r.block();
            StringBuilder blockLine = new StringBuilder();
            if (b != null) {
                blockLine.append(String.format("# threshold chosen on writers %s (%d notes) with a model trained without them; "
                        + "F1 of rules-or-model there: rules alone %.3f", String.join(",", new java.util.TreeSet<>(b.writers())),
                        b.notes(), b.rulesF1()));
                for (int k = 0; k < b.thresholds().length; k++) blockLine.append(String.format(", %.2f: %.3f", b.thresholds()[k], b.f1ByThreshold()[k]));
                blockLine.append("\n");
            }
            Files.write(out.resolve(c.id() + ".bin"), SentenceClassifier.serialize(r.model()));
            Path headFile = out.resolve(c.id() + ".head");
            String headLine = "";
            if (r.head() != null) {
                headLine = String.format("# stacked head (%s.head): logistic regression on the sentence's all-MiniLM-L6-v2 vector "
                        + "(%d numbers) and the maxent log-odds, trained on the maxent model's cross-validated probabilities; "
                        + "the threshold applies to its probability. Cross-validated F1 of rules + maxent alone was %.3f%n",
                        c.id(), SentenceEncoder.DIMENSIONS, r.maxentCombinedF1());
                Files.writeString(headFile, r.head().serialize("caselint head for '" + c.id() + "', written by `caselint train`\n"
                        + EmbeddingHead.layout() + "; trained on " + r.samples() + " sentences of " + notes.size()
                        + " notes with the maxent model's\ncross-validated (by writer) probabilities"), StandardCharsets.UTF_8);
            } else {
                Files.deleteIfExists(headFile);
            }
            String props = "# caselint sentence classifier for '" + c.id() + "', written by `caselint train`\n"
                    + "# trained on " + notes.size() + " annotated notes from " + files + " (" + r.samples()
                    + " sentences, " + r.positives() + " labelled; sentences with the category in 'ignore' left out)\n"
                    + "# OpenNLP maxent, bag of features (lemmas, lemma bigrams, cues), " + iterations + " iterations, cutoff 2\n"
                    + headLine
                    + (b != null ? blockLine + "# F1 below cross-validated by writer at the chosen threshold\n"
                        : fixed == null
                        ? "# threshold chosen by " + folds + "-fold cross-validation by writer (all of a writer's notes in one fold), maximising F1 of rules-or-model\n"
                        : "# threshold fixed by --threshold (chosen on a block of later writers; see the README), F1 below cross-validated by writer at it\n")
                    + String.format("# cross-validated sentence F1: rules alone %.3f, model alone %.3f, rules + model %.3f%n",
                            r.rulesF1(), r.modelF1(), r.combinedF1())
                    + "threshold=" + (r.threshold() > 1 ? "1.01" : String.format("%.2f", r.threshold())) + "\n";
            Files.writeString(out.resolve(c.id() + ".properties"), props, StandardCharsets.UTF_8);
            pw.printf("%-15s %d sentences (%d labelled); cross-validated F1 rules %.3f, model %.3f, rules+model %.3f at threshold %.2f%s%n",
                    c.id(), r.samples(), r.positives(), r.rulesF1(), r.modelF1(), r.combinedF1(), r.threshold(),
                    r.head() == null ? "" : String.format(" (with the head; rules+maxent alone %.3f)", r.maxentCombinedF1()));
            if (b != null) pw.print(blockLine.toString().replaceFirst("^# ", "                "));
        }
        pw.flush();
        return 0;
    }
}
