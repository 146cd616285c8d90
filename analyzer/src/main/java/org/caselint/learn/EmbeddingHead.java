package org.caselint.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A logistic regression stacked on the maxent classifier: it reads a sentence's {@link SentenceEncoder} vector and
 * the maxent model's log-odds for the sentence, and gives the final probability. The maxent model sees which words
 * are there; the vector carries what the sentence is about in words the maxent model may never have seen in
 * training ("her mother's partner has been in prison" and "Dad served a sentence" lie close together).
 *
 * <p>Trained by {@link Trainer} on the maxent model's cross-validated probabilities (by writer), so that it learns
 * how far to trust them on writers the maxent model has not read. Saved as text: the bias, then one weight per line.
 */
public final class EmbeddingHead {
    /** Inputs are scaled so that both kinds start on a like footing: the vector's parts are small, log-odds large. */
    public static final float VECTOR_SCALE = 4f;
    static final double LOGIT_SCALE = 0.25;
    /** Added to the largest vector term seen in training, for sentences unlike any seen. */
    static final double REACH_MARGIN = 1.0;

    private final double bias;
    private final double[] weights; // DIMENSIONS for the vector, then one for the maxent log-odds
    private final double reach;
    /** Whether the vector is the fine-tuned encoder's ({@link SentenceEncoder#tuned()}) rather than the pretrained one's. */
    private final boolean tuned;
    /** Whether the tuned vector is of the sentence read after the one before it ({@link SentenceEncoder#embed(String, String)}). */
    private final boolean context;

    /** A head whose vector term is bounded only by the weights' length (any unit vector). */
    public EmbeddingHead(double bias, double[] weights) {
        this(bias, weights, Double.NaN);
    }

    /**
     * A head whose vector term is taken to be at most {@code reach} (the largest seen in training plus a margin; NaN
     * for the bound every unit vector keeps to, four times the length of the weights).
     */
    public EmbeddingHead(double bias, double[] weights, double reach) {
        this(bias, weights, reach, false);
    }

    /** As {@link #EmbeddingHead(double, double[], double)}; {@code tuned} when it reads the fine-tuned encoder's vector. */
    public EmbeddingHead(double bias, double[] weights, double reach, boolean tuned) {
        this(bias, weights, reach, tuned, false);
    }

    /** As {@link #EmbeddingHead(double, double[], double, boolean)}; {@code context} when the tuned vector reads the sentence before. */
    public EmbeddingHead(double bias, double[] weights, double reach, boolean tuned, boolean context) {
        if (context && !tuned) throw new IllegalArgumentException("only the fine-tuned encoder reads the sentence before");
        if (weights.length != SentenceEncoder.DIMENSIONS + 1) {
            throw new IllegalArgumentException("expected " + (SentenceEncoder.DIMENSIONS + 1) + " weights, got " + weights.length);
        }
        this.bias = bias;
        this.weights = weights.clone();
        double norm = 0;
        for (int k = 0; k < weights.length - 1; k++) norm += weights[k] * weights[k];
        this.reach = Double.isNaN(reach) ? Math.sqrt(norm) * VECTOR_SCALE : reach;
        this.tuned = tuned;
        this.context = context;
    }

    /** Whether it reads the sentence before as well. */
    public boolean readsSentenceBefore() { return context; }

    /** The vector of the sentence, read after {@code before} (the sentence before it, or empty) when this head does that. */
    public float[] vector(String before, String sentence) {
        return context ? SentenceEncoder.tuned().embed(before == null ? "" : before, sentence) : vector(sentence);
    }

    /** Whether it reads the fine-tuned encoder's vector. */
    public boolean readsTunedEncoder() { return tuned; }

    /** The sentence's vector from the encoder this head reads. */
    public float[] vector(String sentence) {
        return (tuned ? SentenceEncoder.tuned() : SentenceEncoder.shared()).embed(sentence);
    }

    /**
     * Whether the head could give at least {@code threshold} to a sentence with this maxent probability, for any
     * vector within its reach. When it could not, the sentence need not be encoded (the final build's median lint
     * time fell from 36.5 to 29.0 ms with this, and no finding on the annotated notes changed).
     */
    public boolean mayReach(double maxentProbability, double threshold) {
        double z = bias + weights[weights.length - 1] * logit(maxentProbability) * LOGIT_SCALE + reach;
        return z >= logit(threshold);
    }

    public double reach() { return reach; }

    /** The weights on the sentence vector's numbers (without the one on the maxent log-odds), a copy. */
    public double[] vectorWeights() {
        return java.util.Arrays.copyOf(weights, SentenceEncoder.DIMENSIONS);
    }

    /** The final probability for a sentence with this vector and this maxent probability. */
    public double probability(float[] vector, double maxentProbability) {
        double z = bias + weights[weights.length - 1] * logit(maxentProbability) * LOGIT_SCALE;
        for (int k = 0; k < vector.length; k++) z += weights[k] * vector[k] * VECTOR_SCALE;
        return 1 / (1 + Math.exp(-z));
    }

    static double logit(double p) {
        double q = Math.min(1 - 1e-4, Math.max(1e-4, p));
        return Math.log(q / (1 - q));
    }

    /**
     * Fits the weights to minimise log loss plus {@code l2} times half the squared weights, by full-batch Adam for
     * {@code rounds} rounds from zero: deterministic, so the same notes give the same model.
     */
    public static EmbeddingHead train(List<float[]> vectors, double[] maxentProbability, boolean[] labels, double l2, int rounds) {
        int n = vectors.size();
        int d = SentenceEncoder.DIMENSIONS + 1;
        if (n == 0) throw new IllegalArgumentException("no sentences to train on");
        float[][] x = new float[n][d];
        for (int i = 0; i < n; i++) {
            float[] v = vectors.get(i);
            for (int k = 0; k < d - 1; k++) x[i][k] = v[k] * VECTOR_SCALE;
            x[i][d - 1] = (float) (logit(maxentProbability[i]) * LOGIT_SCALE);
        }
        double[] w = new double[d + 1]; // the last one is the bias
        double[] m = new double[d + 1];
        double[] s = new double[d + 1];
        double rate = 0.05;
        double[] grad = new double[d + 1];
        for (int t = 1; t <= rounds; t++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                double z = w[d];
                float[] xi = x[i];
                for (int k = 0; k < d; k++) z += w[k] * xi[k];
                double g = 1 / (1 + Math.exp(-z)) - (labels[i] ? 1 : 0);
                for (int k = 0; k < d; k++) grad[k] += g * xi[k];
                grad[d] += g;
            }
            for (int k = 0; k <= d; k++) {
                double gk = grad[k] / n + (k < d ? l2 * w[k] : 0);
                m[k] = 0.9 * m[k] + 0.1 * gk;
                s[k] = 0.999 * s[k] + 0.001 * gk * gk;
                w[k] -= rate * (m[k] / (1 - Math.pow(0.9, t))) / (Math.sqrt(s[k] / (1 - Math.pow(0.999, t))) + 1e-8);
            }
        }
        double largest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double t = 0;
            for (int k = 0; k < d - 1; k++) t += w[k] * x[i][k];
            largest = Math.max(largest, t);
        }
        return new EmbeddingHead(w[d], java.util.Arrays.copyOf(w, d), largest + REACH_MARGIN);
    }

    /**
     * A head on the fine-tuned encoder. Fine-tuning leaves a classifier of its own on the encoder's vector (score
     * {@code tunedBias + tunedWeights . (4 x vector)}); this stacks it with the maxent model by a logistic regression on
     * the two scores, {@code c + a x maxent log-odds + b x tuned score}, fitted on sentences of writers that neither the
     * encoder nor the maxent model was trained on ({@code vectors}, {@code maxentProbability}, {@code labels}), so that
     * it weighs each as it does on new writers. Three numbers fitted (Newton's method, a small L2 penalty on a and b),
     * so a few hundred labelled sentences are enough; the result is an ordinary head reading the tuned vector (of the
     * sentence read after the one before it, when {@code context}).
     */
    public static EmbeddingHead stacked(double tunedBias, double[] tunedWeights, List<float[]> vectors,
                                        double[] maxentProbability, boolean[] labels, boolean context) {
        if (tunedWeights.length != SentenceEncoder.DIMENSIONS) {
            throw new IllegalArgumentException("expected " + SentenceEncoder.DIMENSIONS + " weights, got " + tunedWeights.length);
        }
        int n = vectors.size();
        if (n == 0) throw new IllegalArgumentException("no sentences to fit on");
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            double score = tunedBias;
            float[] v = vectors.get(i);
            for (int k = 0; k < v.length; k++) score += tunedWeights[k] * v[k] * VECTOR_SCALE;
            x[i] = new double[] {logit(maxentProbability[i]), score, 1};
        }
        double[] w = new double[3];
        double l2 = 1e-4;
        for (int round = 0; round < 50; round++) {
            double[] g = new double[3];
            double[][] h = new double[3][3];
            for (int i = 0; i < n; i++) {
                double z = w[0] * x[i][0] + w[1] * x[i][1] + w[2];
                double p = 1 / (1 + Math.exp(-z));
                double r = p - (labels[i] ? 1 : 0);
                for (int a = 0; a < 3; a++) {
                    g[a] += r * x[i][a] / n;
                    for (int b = 0; b < 3; b++) h[a][b] += p * (1 - p) * x[i][a] * x[i][b] / n;
                }
            }
            for (int a = 0; a < 2; a++) {
                g[a] += l2 * w[a];
                h[a][a] += l2;
            }
            double[] step = solve(h, g);
            for (int a = 0; a < 3; a++) w[a] -= step[a];
        }
        double[] weights = new double[SentenceEncoder.DIMENSIONS + 1];
        for (int k = 0; k < SentenceEncoder.DIMENSIONS; k++) weights[k] = w[1] * tunedWeights[k];
        weights[SentenceEncoder.DIMENSIONS] = w[0] / LOGIT_SCALE;
        double largest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) largest = Math.max(largest, w[1] * (x[i][1] - tunedBias));
        return new EmbeddingHead(w[2] + w[1] * tunedBias, weights, largest + REACH_MARGIN, true, context);
    }

    /** x with h x = g, for a small symmetric positive definite h (Gaussian elimination with partial pivoting). */
    private static double[] solve(double[][] h, double[] g) {
        int m = g.length;
        double[][] a = new double[m][m + 1];
        for (int i = 0; i < m; i++) {
            System.arraycopy(h[i], 0, a[i], 0, m);
            a[i][m] = g[i];
        }
        for (int c = 0; c < m; c++) {
            int pivot = c;
            for (int r = c + 1; r < m; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < m; r++) {
                if (r == c || a[c][c] == 0) continue;
                double f = a[r][c] / a[c][c];
                for (int k = c; k <= m; k++) a[r][k] -= f * a[c][k];
            }
        }
        double[] out = new double[m];
        for (int i = 0; i < m; i++) out[i] = a[i][i] == 0 ? 0 : a[i][m] / a[i][i];
        return out;
    }

    /** What the numbers of a serialized head are, for the comment at its top. */
    public static String layout() {
        return String.format(Locale.ROOT, "logistic regression: bias, then %d weights for the all-MiniLM-L6-v2 sentence vector "
                + "(times %s), then one\nfor the maxent log-odds (times %s)", SentenceEncoder.DIMENSIONS,
                trim(VECTOR_SCALE), trim(LOGIT_SCALE));
    }

    private static String trim(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
    }

    /** The model as text: a comment, its reach ({@code reach=...}), the bias, then the weights, one per line. */
    public String serialize(String comment) {
        StringBuilder sb = new StringBuilder();
        for (String line : comment.split("\n")) sb.append("# ").append(line).append('\n');
        if (tuned) sb.append("encoder=tuned\n");
        if (context) sb.append("context=previous\n");
        sb.append(String.format(Locale.ROOT, "reach=%.8f%n", reach));
        sb.append(String.format(Locale.ROOT, "%.8f%n", bias));
        for (double x : weights) sb.append(String.format(Locale.ROOT, "%.8f%n", x));
        return sb.toString();
    }

    /** Reads a head written by {@link #serialize(String)} from the classpath, or null when there is none. */
    public static EmbeddingHead load(String resource) {
        try (InputStream in = EmbeddingHead.class.getResourceAsStream(resource)) {
            if (in == null) return null;
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads a head from the lines {@link #serialize(String)} wrote; {@code name} is for error messages. */
    public static EmbeddingHead parse(List<String> lines, String name) {
        List<Double> values = new ArrayList<>();
        double reach = Double.NaN;
        boolean tuned = false;
        boolean context = false;
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            try {
                if (l.startsWith("encoder=")) {
                    if (!l.equals("encoder=tuned")) throw new IllegalArgumentException(name + ": unknown encoder: " + l.substring(8));
                    tuned = true;
                    continue;
                }
                if (l.startsWith("context=")) {
                    if (!l.equals("context=previous")) throw new IllegalArgumentException(name + ": unknown context: " + l.substring(8));
                    context = true;
                    continue;
                }
                if (l.startsWith("reach=")) {
                    reach = Double.parseDouble(l.substring(6));
                    continue;
                }
                values.add(Double.parseDouble(l));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": not a number: " + l);
            }
        }
        if (values.isEmpty()) throw new IllegalArgumentException(name + ": no bias");
        double[] w = new double[values.size() - 1];
        for (int i = 0; i < w.length; i++) w[i] = values.get(i + 1);
        return new EmbeddingHead(values.get(0), w, reach, tuned, context);
    }
}
