package org.caselint.learn;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import org.caselint.Linter;
import org.caselint.eval.AnnotatedNote;
import org.caselint.model.Document;
import org.caselint.model.Token;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Report;

/**
 * Builds training samples for one category from annotated notes, picks the decision threshold by k-fold
 * cross-validation (by writer: all of a writer's notes in one fold) so that "rule or classifier" has the best F1, then trains the final model on all
 * notes. Sentences where the category is in "ignore" are left out of training.
 */
public final class Trainer {
    /** One annotated sentence: its features, its label, and whether the rules alone flag it. */
    record Item(int note, int sentence, String[] features, boolean label, boolean rule, String text) { }

    /** The outcome: the model, its threshold and the cross-validated F1 of rules alone and of rules + model. */
    public record Result(DoccatModel model, double threshold, double rulesF1, double combinedF1, double modelF1,
                         int samples, int positives, BlockChoice block, EmbeddingHead head, double maxentCombinedF1) {
        public Result(DoccatModel model, double threshold, double rulesF1, double combinedF1, double modelF1,
                      int samples, int positives) {
            this(model, threshold, rulesF1, combinedF1, modelF1, samples, positives, null, null, combinedF1);
        }
    }

    /** The head's L2 penalty and rounds of training (chosen by cross-validation by writer on the tuning notes). */
    static final double HEAD_L2 = 1e-3;
    static final int HEAD_ROUNDS = 400;

    /**
     * How the threshold was chosen on a block of writers: a model trained on every other writer's notes, scored on
     * theirs, F1 of "rules or model" at each threshold tried ({@code f1ByThreshold}, thresholds 0.10 to 0.95 by 0.05).
     */
    public record BlockChoice(java.util.Set<String> writers, int notes, double[] thresholds, double[] f1ByThreshold,
                              double rulesF1) { }

    private final Linter rulesOnly;
    private final boolean withHead;
    /** Sentence vectors by text, kept across categories: both classifiers train on the same sentences. */
    private final java.util.Map<String, float[]> vectorsByText = new java.util.HashMap<>();

    /** {@code rulesOnly} must be a linter without trained classifiers, so the rules' own output is measured. */
    public Trainer(Linter rulesOnly) {
        this(rulesOnly, false);
    }

    /**
     * With {@code withHead}, an {@link EmbeddingHead} is stacked on each maxent model: trained on the maxent model's
     * cross-validated probabilities and the sentences' {@link SentenceEncoder} vectors, and the threshold is chosen
     * for the head's probability.
     */
    public Trainer(Linter rulesOnly, boolean withHead) {
        this.rulesOnly = rulesOnly;
        this.withHead = withHead;
    }

    public Result train(List<AnnotatedNote> notes, Category category, int folds, int iterations) {
        return train(notes, category, folds, iterations, null);
    }

    /**
     * As {@link #train(List, Category, int, int)}, with the threshold fixed at {@code fixedThreshold} when it is not
     * null (chosen elsewhere, for example on a block of later writers); the cross-validated F1 is then reported at it.
     */
    public Result train(List<AnnotatedNote> notes, Category category, int folds, int iterations, Double fixedThreshold) {
        return train(notes, category, folds, iterations, fixedThreshold, java.util.Set.of());
    }

    /**
     * As {@link #train(List, Category, int, int, Double)}; when {@code chooseOn} names writers (the letters of their
     * note ids) and no threshold is fixed, the threshold is the one that does best on those writers' notes for a model
     * trained without them: new writers are less like the tuning writers than those are like each other, so a block
     * of the latest writers is a better guide than the pooled cross-validation. The final model is trained on all.
     */
    public Result train(List<AnnotatedNote> notes, Category category, int folds, int iterations, Double fixedThreshold,
                        java.util.Set<String> chooseOn) {
        List<Item> items = items(notes, category);
        // cross-validated probabilities, folds by writer: every note of a writer is in the same fold, so the threshold
        // is chosen for notes by someone the classifier has not read, which is what the checker meets in use
        int[] foldOf = writerFolds(notes, folds);
        double[] prob = new double[items.size()];
        for (int fold = 0; fold < folds; fold++) {
            List<DocumentSample> train = new ArrayList<>();
            for (Item it : items) if (foldOf[it.note()] != fold) train.add(sample(it));
            SentenceClassifier c = new SentenceClassifier(SentenceClassifier.train(train, iterations), 0.5);
            for (int i = 0; i < items.size(); i++) if (foldOf[items.get(i).note()] == fold) prob[i] = c.probability(items.get(i).features());
        }
        double maxentCombined = bestThreshold(items, prob)[1];
        List<float[]> vectors = null;
        double[] maxentProb = prob;
        if (withHead) {
            vectors = vectors(items);
            // the head's cross-validated probabilities: for each fold, a head trained on the other folds' sentences
            double[] headProb = new double[items.size()];
            for (int fold = 0; fold < folds; fold++) {
                List<Integer> train = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) if (foldOf[items.get(i).note()] != fold) train.add(i);
                EmbeddingHead h = trainHead(items, vectors, maxentProb, train);
                for (int i = 0; i < items.size(); i++) {
                    if (foldOf[items.get(i).note()] == fold) headProb[i] = h.probability(vectors.get(i), maxentProb[i]);
                }
            }
            prob = headProb;
        }
        double rulesF1 = f1(items, prob, 2.0);
        double modelOnly = 0;
        for (double t = 0.10; t <= 0.96; t += 0.05) {
            double f = f1(items, prob, t, false);
            if (f > modelOnly) modelOnly = f;
        }

        double[] chosen = bestThreshold(items, prob);
        double best = chosen[0];
        double bestF1 = chosen[1];
        BlockChoice block = null;
        if (fixedThreshold == null && !chooseOn.isEmpty()) {
            block = chooseOnBlock(notes, items, chooseOn, iterations, vectors, maxentProb);
            int at = 0;
            for (int k = 1; k < block.thresholds().length; k++) if (block.f1ByThreshold()[k] > block.f1ByThreshold()[at] + 1e-9) at = k;
            fixedThreshold = block.thresholds()[at];
        }
        if (fixedThreshold != null) {
            best = fixedThreshold;
            bestF1 = f1(items, prob, fixedThreshold);
        }
        List<DocumentSample> all = new ArrayList<>();
        for (Item it : items) all.add(sample(it));
        int positives = (int) items.stream().filter(Item::label).count();
        EmbeddingHead head = null;
        if (withHead) {
            List<Integer> every = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) every.add(i);
            head = trainHead(items, vectors, maxentProb, every);
        }
        return new Result(SentenceClassifier.train(all, iterations), Math.min(best, 1.0), rulesF1, bestF1, modelOnly,
                items.size(), positives, block, head, maxentCombined);
    }

    /** The sentences of the notes the category's classifier learns from (those not ignored for it), with their features. */
    private List<Item> items(List<AnnotatedNote> notes, Category category) {
        List<Item> items = new ArrayList<>();
        for (int n = 0; n < notes.size(); n++) {
            AnnotatedNote note = notes.get(n);
            Document doc = rulesOnly.analyse(note.toNote());
            Report report = rulesOnly.lint(doc);
            List<int[]> spans = note.spans();
            for (int i = 0; i < spans.size(); i++) {
                AnnotatedNote.AnnotatedSentence s = note.sentences().get(i);
                if (s.ignore().contains(category.id())) continue;
                int a = spans.get(i)[0];
                int b = spans.get(i)[1];
                List<Token> toks = doc.tokens().stream().filter(t -> t.start() >= a && t.end() <= b).toList();
                boolean rule = false;
                for (Finding f : report.findings()) {
                    if (f.category() == category && !f.isNoteLevel() && f.start() < b && f.end() > a) rule = true;
                }
                org.caselint.model.Sentence host = toks.isEmpty() ? null : doc.sentenceAt(toks.get(0).start());
                items.add(new Item(n, i, SentenceFeatures.of(doc, host, toks, s.s()), s.labels().contains(category.id()), rule, s.s()));
            }
        }
        return items;
    }

    /** A sentence of a block of writers, for stacking a model on: see {@link #heldOut}. */
    public record HeldOut(String note, int sentence, String text, boolean label, boolean rule, double maxentProbability) { }

    /**
     * The block's sentences (those not ignored for the category) with their label, whether the rules flag them, and
     * the probability a maxent model trained without the block's writers gives them, {@code iterations} rounds: how
     * the classifier meets writers it has not read.
     */
    public List<HeldOut> heldOut(List<AnnotatedNote> notes, Category category, java.util.Set<String> writers, int iterations) {
        requireBlock(notes, writers);
        List<Item> items = items(notes, category);
        List<DocumentSample> train = new ArrayList<>();
        for (Item it : items) if (!writers.contains(writer(notes.get(it.note()).id()))) train.add(sample(it));
        SentenceClassifier c = new SentenceClassifier(SentenceClassifier.train(train, iterations), 0.5);
        List<HeldOut> out = new ArrayList<>();
        for (Item it : items) {
            if (!writers.contains(writer(notes.get(it.note()).id()))) continue;
            out.add(new HeldOut(notes.get(it.note()).id(), it.sentence(), it.text(), it.label(), it.rule(), c.probability(it.features())));
        }
        return out;
    }

    /** Each item's sentence vector, encoding only the texts an earlier category's training has not. */
    private List<float[]> vectors(List<Item> items) {
        List<String> fresh = items.stream().map(Item::text).distinct().filter(t -> !vectorsByText.containsKey(t)).toList();
        List<float[]> encoded = SentenceEncoder.shared().embedAll(fresh);
        for (int i = 0; i < fresh.size(); i++) vectorsByText.put(fresh.get(i), encoded.get(i));
        return items.stream().map(it -> vectorsByText.get(it.text())).toList();
    }

    /**
     * The threshold from 0.30 to 0.95 at which "rules or probability at least t" has the best F1, and that F1;
     * {2.0, the rules' F1} when no threshold beats the rules alone.
     */
    private static double[] bestThreshold(List<Item> items, double[] prob) {
        double best = 2.0;
        double bestF1 = f1(items, prob, 2.0);
        for (double t = 0.30; t <= 0.96; t += 0.05) {
            double f = f1(items, prob, t);
            if (f > bestF1 + 1e-9) {
                bestF1 = f;
                best = t;
            }
        }
        return new double[] {best, bestF1};
    }

    private static EmbeddingHead trainHead(List<Item> items, List<float[]> vectors, double[] maxentProb, List<Integer> which) {
        List<float[]> v = new ArrayList<>(which.size());
        double[] p = new double[which.size()];
        boolean[] y = new boolean[which.size()];
        for (int k = 0; k < which.size(); k++) {
            int i = which.get(k);
            v.add(vectors.get(i));
            p[k] = maxentProb[i];
            y[k] = items.get(i).label();
        }
        return EmbeddingHead.train(v, p, y, HEAD_L2, HEAD_ROUNDS);
    }

    /** A model trained without the block's writers, scored on their sentences at each threshold. */
    private static BlockChoice chooseOnBlock(List<AnnotatedNote> notes, List<Item> items, java.util.Set<String> writers,
                                             int iterations, List<float[]> vectors, double[] cvProb) {
        int blockNotes = requireBlock(notes, writers);
        boolean[] inBlock = new boolean[notes.size()];
        for (int n = 0; n < notes.size(); n++) inBlock[n] = writers.contains(writer(notes.get(n).id()));
        List<DocumentSample> train = new ArrayList<>();
        List<Item> held = new ArrayList<>();
        List<Integer> heldAt = new ArrayList<>();
        List<Integer> trainAt = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (inBlock[it.note()]) {
                held.add(it);
                heldAt.add(i);
            } else {
                train.add(sample(it));
                trainAt.add(i);
            }
        }
        SentenceClassifier c = new SentenceClassifier(SentenceClassifier.train(train, iterations), 0.5);
        double[] prob = new double[held.size()];
        for (int i = 0; i < held.size(); i++) prob[i] = c.probability(held.get(i).features());
        if (vectors != null) {
            // the head as it will be used: trained without the block, on cross-validated maxent probabilities
            EmbeddingHead h = trainHead(items, vectors, cvProb, trainAt);
            for (int i = 0; i < held.size(); i++) prob[i] = h.probability(vectors.get(heldAt.get(i)), prob[i]);
        }
        double[] thresholds = new double[18];
        double[] f1 = new double[thresholds.length];
        for (int k = 0; k < thresholds.length; k++) {
            thresholds[k] = Math.round((0.10 + 0.05 * k) * 100) / 100.0;
            f1[k] = f1(held, prob, thresholds[k]);
        }
        return new BlockChoice(java.util.Set.copyOf(writers), blockNotes, thresholds, f1, f1(held, prob, 2.0));
    }

    /**
     * The fold of each note: writers (the letters before the number in a note's id, "AB012" is writer AB) are dealt
     * to the folds in turn, in order of first appearance. With a single writer, notes are dealt in turn instead.
     */
    static int[] writerFolds(List<AnnotatedNote> notes, int folds) {
        java.util.Map<String, Integer> writers = new java.util.LinkedHashMap<>();
        for (AnnotatedNote n : notes) writers.putIfAbsent(writer(n.id()), writers.size());
        int[] out = new int[notes.size()];
        for (int i = 0; i < notes.size(); i++) {
            out[i] = writers.size() >= folds ? writers.get(writer(notes.get(i).id())) % folds : i % folds;
        }
        return out;
    }

    /**
     * The number of the block's writers' notes; throws {@link IllegalArgumentException} when they have none of the
     * notes, or all of them (nothing would be left to train on).
     */
    public static int requireBlock(List<AnnotatedNote> notes, java.util.Set<String> writers) {
        long in = notes.stream().filter(n -> writers.contains(writer(n.id()))).count();
        if (in == 0 || in == notes.size()) {
            throw new IllegalArgumentException("--choose-on: the writers " + writers + " must have some of the notes, not "
                    + (in == 0 ? "none" : "all"));
        }
        return (int) in;
    }

    /** A note's writer: the letters before the number of its id ("AB012" is writer AB). */
    public static String writer(String id) {
        String w = id == null ? "" : id.replaceAll("\\d.*$", "");
        return w.isEmpty() ? String.valueOf(id) : w;
    }

    private static DocumentSample sample(Item it) {
        return new DocumentSample(it.label() ? SentenceClassifier.YES : SentenceClassifier.NO, it.features());
    }

    /** F1 of "rule or probability at least t" against the labels. */
    private static double f1(List<Item> items, double[] prob, double t) {
        return f1(items, prob, t, true);
    }

    /** F1 of "probability at least t", or of "rule or probability at least t" when {@code withRules}. */
    private static double f1(List<Item> items, double[] prob, double t, boolean withRules) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < items.size(); i++) {
            boolean flag = (withRules && items.get(i).rule()) || prob[i] >= t;
            boolean want = items.get(i).label();
            if (flag && want) tp++;
            else if (flag) fp++;
            else if (want) fn++;
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
