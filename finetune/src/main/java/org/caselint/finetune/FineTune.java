package org.caselint.finetune;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.AdamW;
import org.bytedeco.pytorch.AdamWOptions;
import org.bytedeco.pytorch.LinearImpl;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptional;
import org.bytedeco.pytorch.TensorOptions;
import org.bytedeco.pytorch.global.torch;
import org.caselint.Linter;
import org.caselint.eval.AnnotatedNote;
import org.caselint.learn.EmbeddingHead;
import org.caselint.learn.SentenceClassifier;
import org.caselint.learn.SentenceEncoder;
import org.caselint.learn.Trainer;
import org.caselint.learn.TunedWeights;
import org.caselint.learn.WordPieces;
import org.caselint.report.Category;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code caselint-finetune}: fine-tunes the sentence encoder on the tuning notes and stacks it with the maxent
 * classifiers.
 *
 * <ol>
 *   <li>The encoder's six layers and a logistic output per category (missing-source, fact-opinion) are trained
 *       together on the sentences of every tuning writer outside the hold-out block: each labelled sentence, and a
 *       share of the others ({@code --negatives}); one pass, batches of 32 sentences of like length, AdamW.</li>
 *   <li>The change to the encoder is written as {@code encoder.tuned} ({@link TunedWeights}).</li>
 *   <li>For each category, a maxent model is trained without the block (as {@code caselint train} does), and a
 *       logistic regression on its log-odds and the fine-tuned score is fitted on the block's sentences that the rules
 *       leave alone: how far to trust each on writers neither has read. Written as {@code CATEGORY.tuned.head}, which
 *       the checker then uses in place of {@code CATEGORY.head}.</li>
 * </ol>
 * Deterministic up to libtorch's CPU arithmetic (same seed, same order).
 */
@Command(name = "caselint-finetune", mixinStandardHelpOptions = true,
        description = "Fine-tune the sentence encoder on the annotated tuning notes and stack it with the maxent classifiers.")
public final class FineTune implements Callable<Integer> {
    static final String[] CATEGORIES = {"missing-source", "fact-opinion"};

    @Option(names = "--corpus", defaultValue = "corpus/annotated/tune", description = "annotated notes to learn from (default ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--hold-out", required = true, split = ",", paramLabel = "WRITERS",
            description = "writers (the letters of their note ids) kept out of the fine-tuning, on whom the stacking is fitted")
    Set<String> holdOut;

    @Option(names = "--out", defaultValue = "models/trained", description = "where to write encoder.tuned and the heads (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--negatives", defaultValue = "0.25", description = "share of the unlabelled sentences trained on (default ${DEFAULT-VALUE})")
    double negatives;

    @Option(names = "--epochs", defaultValue = "1", description = "passes over the training sentences (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--seed", defaultValue = "7", description = "seed for sampling and order (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--context", defaultValue = "none", description = "what the encoder reads with a sentence: none, "
            + "or previous (the sentence before it, as the first of a pair; default ${DEFAULT-VALUE})")
    String context;

    @Option(names = "--scores", description = "also write each hold-out sentence's maxent probability and fine-tuned score "
            + "here (tab-separated), to study the stacking")
    Path scores;

    @Option(names = "--restack", description = "no fine-tuning: refit only the stacking of the encoder.tuned and heads "
            + "already in --out, on the same hold-out block (after a change in how the checker runs the encoder)")
    boolean restack;

    @Option(names = "--iterations", defaultValue = "300", description = "maxent iterations for the stacking (default ${DEFAULT-VALUE})")
    int iterations;

    record Sentence(String before, String text, float[] labels, float[] counted, int pieces) { }

    public static void main(String[] args) {
        System.exit(new CommandLine(new FineTune()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        try {
            return run();
        } catch (IllegalArgumentException e) {
            System.err.println("caselint-finetune: " + e.getMessage());
            return 2;
        }
    }

    private int run() throws Exception {
        if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true");
        List<AnnotatedNote> notes = read(corpus);
        long inBlock = notes.stream().filter(n -> holdOut.contains(Trainer.writer(n.id()))).count();
        if (inBlock == 0 || inBlock == notes.size()) {
            throw new IllegalArgumentException("--hold-out: the writers " + new java.util.TreeSet<>(holdOut) + " must have some of the notes in "
                    + corpus + ", not " + (inBlock == 0 ? "none" : "all"));
        }
        byte[] base;
        try (InputStream in = SentenceEncoder.class.getResourceAsStream(SentenceEncoder.BASE_MODEL)) {
            if (in == null) throw new IllegalStateException("the pretrained model is not on the classpath: " + SentenceEncoder.BASE_MODEL);
            base = in.readAllBytes();
        }
        if (!context.equals("none") && !context.equals("previous")) throw new IllegalArgumentException("--context: none or previous, not " + context);
        boolean pairs = context.equals("previous");
        Path encoderFile = out.resolve("encoder.tuned");
        double[][] w = new double[CATEGORIES.length][];
        double[] bias = new double[CATEGORIES.length];
        String made;
        if (restack) {
            if (!Files.isRegularFile(encoderFile)) throw new IllegalArgumentException("--restack: no " + encoderFile + " to restack");
            made = null;
            for (int c = 0; c < CATEGORIES.length; c++) {
                Path file = out.resolve(CATEGORIES[c] + SentenceClassifier.TUNED_HEAD);
                if (!Files.isRegularFile(file)) throw new IllegalArgumentException("--restack: no " + file + " to restack");
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                // the head's vector weights are the fine-tuned output's, scaled: the refit stacking finds the scale again
                EmbeddingHead head = EmbeddingHead.parse(lines, file.toString());
                if (head.readsSentenceBefore() != pairs) {
                    throw new IllegalArgumentException("--restack: " + file + " was fitted with --context " + (pairs ? "none" : "previous"));
                }
                w[c] = head.vectorWeights();
                bias[c] = 0;
                for (String l : lines) if (l.startsWith("# fine-tuned on ")) made = l.substring(2).replaceFirst(";$", "");
            }
            if (made == null) made = "fine-tuned by an earlier run";
        } else {
            made = fineTune(notes, base, pairs, encoderFile, w, bias);
        }
        stack(notes, base, pairs, encoderFile, w, bias, made);
        return 0;
    }

    /**
     * Trains the encoder and the output on the writers outside the block, writes {@code encoderFile}, puts each
     * category's output weights and bias in {@code w} and {@code bias}, and says what it was trained on.
     */
    private String fineTune(List<AnnotatedNote> notes, byte[] base, boolean pairs, Path encoderFile, double[][] w, double[] bias)
            throws IOException {
        Pieces pieces = new Pieces(pairs);
        Random random = new Random(seed);
        List<Sentence> train = new ArrayList<>();
        for (AnnotatedNote n : notes) {
            if (holdOut.contains(Trainer.writer(n.id()))) continue;
            String before = "";
            for (AnnotatedNote.AnnotatedSentence s : n.sentences()) {
                float[] y = new float[CATEGORIES.length];
                float[] m = new float[CATEGORIES.length];
                boolean any = false;
                for (int c = 0; c < CATEGORIES.length; c++) {
                    y[c] = s.labels().contains(CATEGORIES[c]) ? 1 : 0;
                    m[c] = s.ignore().contains(CATEGORIES[c]) ? 0 : 1;
                    any |= y[c] > 0;
                }
                // the draw is made for every sentence, so the sample does not depend on which are labelled
                boolean drawn = random.nextDouble() < negatives;
                if (any || drawn) train.add(new Sentence(before, s.s(), y, m, pieces.encode(before, s.s())[0].length));
                before = s.s();
            }
        }
        System.err.printf(Locale.ROOT, "fine-tuning on %d sentences of %d notes (%d missing-source, %d fact-opinion), holding out %s%n",
                train.size(), notes.stream().filter(n -> !holdOut.contains(Trainer.writer(n.id()))).count(),
                train.stream().filter(s -> s.labels[0] > 0).count(), train.stream().filter(s -> s.labels[1] > 0).count(), holdOut);

        torch.manual_seed(seed);
        MiniLm model = new MiniLm(base);
        List<String> trainable = model.trainable();
        for (String n : trainable) model.weights.get(n).requires_grad_(true);
        LinearImpl output = new LinearImpl(SentenceEncoder.DIMENSIONS, CATEGORIES.length);
        AdamW encoderStep = new AdamW(model.parameters(trainable), new AdamWOptions(3e-5));
        AdamW outputStep = new AdamW(output.parameters(), new AdamWOptions(1e-3));
        int batchSize = 32;
        long started = System.nanoTime();
        for (int epoch = 0; epoch < epochs; epoch++) {
            List<List<Sentence>> batches = batches(train, batchSize, random);
            for (int b = 0; b < batches.size(); b++) {
                try (PointerScope scope = new PointerScope()) {
                    List<Sentence> batch = batches.get(b);
                    Tensor[] in = pieces.tensors(batch);
                    encoderStep.zero_grad();
                    outputStep.zero_grad();
                    Tensor logits = output.forward(model.forward(in[0], in[1], in[2], in[3]).mul(new Scalar(4.0)));
                    Tensor loss = torch.binary_cross_entropy_with_logits(logits, matrix(batch, true), new TensorOptional(matrix(batch, false)),
                            new TensorOptional(), 1);
                    loss.backward();
                    encoderStep.step();
                    outputStep.step();
                    if (b % 100 == 0) {
                        System.err.printf(Locale.ROOT, "epoch %d, batch %d of %d, loss %.4f, %d s%n", epoch + 1, b, batches.size(),
                                loss.item_float(), (System.nanoTime() - started) / 1_000_000_000L);
                    }
                }
            }
        }
        for (String n : trainable) model.weights.get(n).requires_grad_(false);

        Files.createDirectories(out);
        Map<String, float[]> tuned = new LinkedHashMap<>();
        for (String n : trainable) tuned.put(n, MiniLm.values(model.weights.get(n)));
        try (OutputStream o = Files.newOutputStream(encoderFile)) {
            TunedWeights.write(base, tuned, o);
        }
        float[] weights = MiniLm.values(output.weight());
        float[] biases = MiniLm.values(output.bias());
        for (int c = 0; c < CATEGORIES.length; c++) {
            w[c] = new double[SentenceEncoder.DIMENSIONS];
            for (int k = 0; k < SentenceEncoder.DIMENSIONS; k++) w[c][k] = weights[c * SentenceEncoder.DIMENSIONS + k];
            bias[c] = biases[c];
        }
        System.err.printf(Locale.ROOT, "wrote %s (%d tensors) after %d s%n", encoderFile, tuned.size(), (System.nanoTime() - started) / 1_000_000_000L);

        return String.format(Locale.ROOT, "fine-tuned on %d sentences of the tuning writers but %s (%d epoch(s), %.2f of unlabelled sentences, seed %d, context %s)",
                train.size(), String.join(",", new java.util.TreeSet<>(holdOut)), epochs, negatives, seed, context);
    }

    /** Fits and writes each category's stacked head on the block, read through the checker's path. */
    private void stack(List<AnnotatedNote> notes, byte[] base, boolean pairs, Path encoderFile, double[][] w, double[] bias, String made)
            throws IOException {
        // the block through the checker's own path: ONNX Runtime on the quantised model with the fine-tuned weights in it
        SentenceEncoder encoder;
        try (InputStream in = Files.newInputStream(encoderFile)) {
            encoder = SentenceEncoder.of(SentenceEncoder.tunedModel(base, in));
        }
        Trainer trainer = new Trainer(Linter.rulesOnly(), false);
        Map<String, AnnotatedNote> byId = new java.util.HashMap<>();
        for (AnnotatedNote n : notes) byId.put(n.id(), n);
        StringBuilder table = new StringBuilder("note\tsentence\tcategory\tlabel\tmaxent\ttuned\n");
        for (int c = 0; c < CATEGORIES.length; c++) {
            Category category = Category.byId(CATEGORIES[c]);
            List<Trainer.HeldOut> held = trainer.heldOut(notes, category, holdOut, iterations);
            List<float[]> vectors = new ArrayList<>();
            List<Double> maxent = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            for (Trainer.HeldOut h : held) {
                if (h.rule()) continue; // the checker asks the classifier only about sentences the rules leave alone
                vectors.add(pairs ? encoder.embed(before(byId, h), h.text()) : encoder.embed(h.text()));
                maxent.add(h.maxentProbability());
                labels.add(h.label());
            }
            double[] tunedWeights = w[c];
            double[] p = maxent.stream().mapToDouble(Double::doubleValue).toArray();
            int v = 0;
            for (Trainer.HeldOut h : held) {
                if (h.rule()) continue;
                double score = bias[c];
                float[] x = vectors.get(v++);
                for (int k = 0; k < x.length; k++) score += tunedWeights[k] * x[k] * EmbeddingHead.VECTOR_SCALE;
                table.append(String.format(Locale.ROOT, "%s\t%d\t%s\t%d\t%.6f\t%.6f%n", h.note(), h.sentence(), CATEGORIES[c],
                        h.label() ? 1 : 0, h.maxentProbability(), score));
            }
            boolean[] y = new boolean[labels.size()];
            for (int i = 0; i < y.length; i++) y[i] = labels.get(i);
            EmbeddingHead head = EmbeddingHead.stacked(bias[c], tunedWeights, vectors, p, y, pairs);
            String comment = String.format(Locale.ROOT, "caselint head for '%s' on the fine-tuned encoder, written by caselint-finetune%n"
                            + "%s%n%s;%n"
                            + "stacked%s on %d sentences of %s that the rules leave alone (%d labelled), read by the quantised encoder, with a maxent model trained without them",
                    CATEGORIES[c], EmbeddingHead.layout().replace("all-MiniLM-L6-v2", "fine-tuned all-MiniLM-L6-v2"),
                    made, restack ? " again (--restack)" : "", y.length, String.join(",", new java.util.TreeSet<>(holdOut)),
                    labels.stream().filter(Boolean::booleanValue).count());
            Path file = out.resolve(CATEGORIES[c] + SentenceClassifier.TUNED_HEAD);
            Files.writeString(file, head.serialize(comment), StandardCharsets.UTF_8);
            report(CATEGORIES[c], held, vectors, head);
        }
        if (scores != null) Files.writeString(scores, table, StandardCharsets.UTF_8);
    }

    /** The text of the sentence before the held-out one in its note, or empty. */
    private static String before(Map<String, AnnotatedNote> notes, Trainer.HeldOut h) {
        return h.sentence() == 0 ? "" : notes.get(h.note()).sentences().get(h.sentence() - 1).s();
    }

    /** On the block (in-sample for the three stacked numbers): F1 of rules or maxent, and of rules or the stacked head. */
    private static void report(String category, List<Trainer.HeldOut> held, List<float[]> vectors, EmbeddingHead head) {
        for (double t : new double[] {0.30, 0.35, 0.40}) {
            int[] maxent = new int[3];
            int[] stacked = new int[3];
            int v = 0;
            for (Trainer.HeldOut h : held) {
                boolean byMaxent = h.rule() || h.maxentProbability() >= t;
                boolean byStack = h.rule();
                if (!h.rule()) byStack = head.probability(vectors.get(v++), h.maxentProbability()) >= t;
                count(maxent, byMaxent, h.label());
                count(stacked, byStack, h.label());
            }
            System.err.printf(Locale.ROOT, "%s on the hold-out block at %.2f: rules or maxent F1 %.3f, rules or stacked head %.3f%n",
                    category, t, f1(maxent), f1(stacked));
        }
    }

    private static void count(int[] c, boolean flagged, boolean wanted) {
        if (flagged && wanted) c[0]++;
        else if (flagged) c[1]++;
        else if (wanted) c[2]++;
    }

    private static double f1(int[] c) {
        return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }

    /** Batches of sentences of like length (less padding), the batches in random order. */
    private static List<List<Sentence>> batches(List<Sentence> all, int size, Random random) {
        List<Sentence> order = new ArrayList<>(all);
        Collections.shuffle(order, random);
        List<List<Sentence>> out = new ArrayList<>();
        int chunk = size * 64;
        for (int c = 0; c < order.size(); c += chunk) {
            List<Sentence> part = new ArrayList<>(order.subList(c, Math.min(order.size(), c + chunk)));
            part.sort(Comparator.comparingInt(Sentence::pieces));
            for (int i = 0; i < part.size(); i += size) out.add(part.subList(i, Math.min(part.size(), i + size)));
        }
        Collections.shuffle(out, random);
        return out;
    }

    /** The batch's labels ({@code labels}) or which of them count ({@code false}: ignored categories weigh 0). */
    private static Tensor matrix(List<Sentence> batch, boolean labels) {
        float[] v = new float[batch.size() * CATEGORIES.length];
        for (int i = 0; i < batch.size(); i++) {
            float[] src = labels ? batch.get(i).labels() : batch.get(i).counted();
            System.arraycopy(src, 0, v, i * CATEGORIES.length, CATEGORIES.length);
        }
        return torch.from_blob(new FloatPointer(v), new long[] {batch.size(), CATEGORIES.length}).clone();
    }

    static List<AnnotatedNote> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("not a directory of annotated notes: " + dir);
        List<AnnotatedNote> notes = AnnotatedNote.read(List.of(dir));
        if (notes.isEmpty()) throw new IllegalArgumentException("no annotated notes in " + dir);
        return notes;
    }

    /** The encoder's tokenizer, as the checker runs it (128 word pieces at most, 160 for a pair). */
    private static final class Pieces {
        private final WordPieces pieces;
        private final boolean pairs;

        Pieces(boolean pairs) throws IOException {
            this.pairs = pairs;
            try (InputStream in = SentenceEncoder.class.getResourceAsStream(SentenceEncoder.BASE_TOKENIZER)) {
                pieces = new WordPieces(in.readAllBytes());
            }
        }

        /** The pieces' ids and type ids: of the sentence alone, or of the pair (before, sentence). */
        long[][] encode(String before, String text) {
            if (pairs) return pieces.of(before, text);
            long[] ids = pieces.of(text);
            return new long[][] {ids, new long[ids.length]};
        }

        /** ids, type ids, mask and pooling mask [batch, longest], padded with 0. */
        Tensor[] tensors(List<Sentence> batch) {
            List<long[][]> enc = new ArrayList<>();
            int longest = 0;
            for (Sentence t : batch) {
                long[][] x = encode(t.before(), t.text());
                enc.add(x);
                longest = Math.max(longest, x[0].length);
            }
            int n = batch.size();
            long[] flat = new long[n * longest];
            long[] types = new long[n * longest];
            float[] mask = new float[n * longest];
            float[] pool = new float[n * longest];
            for (int i = 0; i < n; i++) {
                long[][] x = enc.get(i);
                System.arraycopy(x[0], 0, flat, i * longest, x[0].length);
                System.arraycopy(x[1], 0, types, i * longest, x[1].length);
                for (int j = 0; j < x[0].length; j++) {
                    mask[i * longest + j] = 1f;
                    pool[i * longest + j] = !pairs || x[1][j] == 1 ? 1f : 0f;
                }
            }
            long[] shape = {n, longest};
            return new Tensor[] {
                torch.from_blob(new LongPointer(flat), shape, new TensorOptions(torch.ScalarType.Long)).clone(),
                torch.from_blob(new LongPointer(types), shape, new TensorOptions(torch.ScalarType.Long)).clone(),
                torch.from_blob(new FloatPointer(mask), shape).clone(),
                torch.from_blob(new FloatPointer(pool), shape).clone()};
        }
    }
}
