package org.caselint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.caselint.check.AcronymCheck;
import org.caselint.check.Check;
import org.caselint.check.JargonCheck;
import org.caselint.check.ChildVoiceCheck;
import org.caselint.check.FactOpinionCheck;
import org.caselint.check.SubjectGuess;
import org.caselint.check.ThirdPartyChildCheck;
import org.caselint.check.JudgementalCheck;
import org.caselint.check.MissingSourceCheck;
import org.caselint.check.Rule;
import org.caselint.learn.SentenceClassifier;
import org.caselint.lexicon.AcronymLexicon;
import org.caselint.lexicon.PhraseLexicon;
import org.caselint.lexicon.JudgementalLexicon;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Note;
import org.caselint.pipeline.Annotator;
import org.caselint.pipeline.LemmaAnnotator;
import org.caselint.pipeline.NlpModels;
import org.caselint.pipeline.PersonAnnotator;
import org.caselint.pipeline.Pipeline;
import org.caselint.pipeline.PosAnnotator;
import org.caselint.pipeline.QuoteAnnotator;
import org.caselint.pipeline.SectionAnnotator;
import org.caselint.pipeline.SentenceAnnotator;
import org.caselint.pipeline.TokenAnnotator;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Report;

/**
 * The checker: text in, {@link Report} out. Build one per process with {@link #standard()} (it loads the
 * models and lexicons, a second or two) and share it: {@link #lint} is thread-safe.
 *
 * <pre>{@code
 * Linter linter = Linter.standard();
 * Report r = linter.lint(Note.of("n1", "The CIN meeting went well."));
 * }</pre>
 */
public final class Linter {
    /** Largest note accepted, in characters (about 50 pages of text). */
    public static final int MAX_TEXT = 200_000;

    private final Pipeline pipeline;
    private final List<Check> checks;

    public Linter(Pipeline pipeline, List<Check> checks) {
        Set<Layer> have = pipeline.provides();
        for (Check c : checks) {
            if (!have.containsAll(c.requires())) {
                throw new IllegalStateException("check " + c.rule().id() + " needs " + c.requires() + " but the pipeline provides " + have);
            }
        }
        this.pipeline = pipeline;
        this.checks = List.copyOf(checks);
    }

    /** Where the trained classifiers live on the classpath. */
    public static final String TRAINED = "/org/caselint/models/trained/";

    /** The full checker: every check, models, lexicons and trained classifiers loaded from the classpath. */
    public static Linter standard() {
        return build(true);
    }

    /** Every check, but rules only: no trained classifiers (used to train them). */
    public static Linter rulesOnly() {
        return build(false);
    }

    private static Linter build(boolean trained) {
        SentenceClassifier ms = trained ? SentenceClassifier.load(TRAINED + "missing-source") : null;
        SentenceClassifier fo = trained ? SentenceClassifier.load(TRAINED + "fact-opinion") : null;
        NlpModels models = NlpModels.load();
        List<Annotator> annotators = new ArrayList<>(List.of(new SentenceAnnotator(models), new TokenAnnotator(models),
                new PosAnnotator(models), new LemmaAnnotator(), new SectionAnnotator(), new QuoteAnnotator(), new PersonAnnotator()));
        List<Check> checks = List.of(new AcronymCheck(AcronymLexicon.load()), new JargonCheck(PhraseLexicon.load("jargon.json")),
                new JudgementalCheck(JudgementalLexicon.load()),
                new MissingSourceCheck(PhraseLexicon.load("missing-source.json"), ms),
                new FactOpinionCheck(PhraseLexicon.load("fact-opinion.json"), fo), new ChildVoiceCheck(),
                new ThirdPartyChildCheck());
        return new Linter(new Pipeline(annotators), checks);
    }

    /**
     * Lints one note. Throws {@link IllegalArgumentException} when the note has no text or is over
     * {@link #MAX_TEXT} characters.
     */
    public Report lint(Note note) {
        if (note == null || note.text() == null) throw new IllegalArgumentException("the note has no \"text\"");
        if (note.text().length() > MAX_TEXT) {
            throw new IllegalArgumentException("the note is " + note.text().length() + " characters; the limit is " + MAX_TEXT);
        }
        return lint(analyse(note));
    }

    /**
     * Lints a note that {@link #analyse} has already read, so that a caller that also reads the document (the trainer,
     * for its features) does not run the pipeline twice.
     */
    public Report lint(Document doc) {
        List<Finding> findings = new ArrayList<>();
        for (Check c : checks) findings.addAll(c.check(doc));
        Report.GuessedSubject guessed = doc.subjectGuessed()
                ? new Report.GuessedSubject(doc.note().subject().name(), doc.note().subject().age()) : null;
        return Report.of(doc.note().id(), withoutOpinionAsHearsay(findings), guessed);
    }

    /**
     * Drops the missing-source classifier's guess on a sentence that fact-opinion flags. A sentence that states the
     * writer's opinion as fact ("This boyfriend is a risk to her", "Mum is not engaging") needs owning and evidence,
     * which the fact-opinion finding asks for; the classifier, which has learnt that unsourced statements about family
     * look like this, would add a second finding asking for a source the writer does not have. Missing-source
     * findings from rules ("apparently", "it was reported") always stay, and so does the classifier's when it is
     * confident ({@code model-confident}): an opinion and the hearsay beside it ("Dad is a violent man and has been
     * arrested before") need both fixes.
     */
    static List<Finding> withoutOpinionAsHearsay(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.category() == Category.MISSING_SOURCE && "model".equals(f.term())
                    && findings.stream().anyMatch(o -> o.category() == Category.FACT_OPINION
                            && !o.isNoteLevel() && o.start() < f.end() && o.end() > f.start())) continue;
            out.add(f);
        }
        return out;
    }

    /**
     * The document model the checks see: the pipeline's layers, and the child the note is about guessed from its
     * text when the note does not name one ({@link SubjectGuess}).
     */
    public Document analyse(Note note) {
        Document doc = pipeline.annotate(note);
        doc.guessedSubject(SubjectGuess.of(doc));
        return doc;
    }

    public List<Rule> rules() {
        return checks.stream().map(Check::rule).toList();
    }

    public Pipeline pipeline() { return pipeline; }

    public Set<Layer> layers() { return EnumSet.copyOf(pipeline.provides()); }
}
