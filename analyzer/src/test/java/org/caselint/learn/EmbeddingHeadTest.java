package org.caselint.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stacked head learns from vectors and maxent probabilities, and survives being written and read back. */
class EmbeddingHeadTest {
    private static float[] unit(int axis, float noise) {
        float[] v = new float[SentenceEncoder.DIMENSIONS];
        v[axis] = 1;
        v[(axis + 7) % v.length] = noise;
        return v;
    }

    @Test
    void learnsADirectionTheMaxentModelMisses() {
        // the maxent model is unsure (0.5) about every sentence; only the vector tells the labels apart
        List<float[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            x.add(unit(3, i / 100f));
            y.add(true);
            x.add(unit(11, i / 100f));
            y.add(false);
        }
        double[] p = new double[x.size()];
        java.util.Arrays.fill(p, 0.5);
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = y.get(i);
        EmbeddingHead h = EmbeddingHead.train(x, p, labels, 1e-3, 200);
        assertTrue(h.probability(unit(3, 0.2f), 0.5) > 0.8);
        assertTrue(h.probability(unit(11, 0.2f), 0.5) < 0.2);
    }

    @Test
    void followsTheMaxentModelWhenTheVectorSaysNothing() {
        List<float[]> x = new ArrayList<>();
        double[] p = new double[60];
        boolean[] labels = new boolean[60];
        for (int i = 0; i < 60; i++) {
            x.add(unit(5, 0));
            labels[i] = i % 2 == 0;
            p[i] = labels[i] ? 0.9 : 0.1;
        }
        EmbeddingHead h = EmbeddingHead.train(x, p, labels, 1e-3, 300);
        assertTrue(h.probability(unit(5, 0), 0.9) > h.probability(unit(5, 0), 0.1) + 0.5);
    }

    @Test
    void writtenAndReadBackGivesTheSameProbabilities() {
        double[] w = new double[SentenceEncoder.DIMENSIONS + 1];
        for (int k = 0; k < w.length; k++) w[k] = Math.sin(k) / 10;
        EmbeddingHead h = new EmbeddingHead(-0.7, w);
        EmbeddingHead back = EmbeddingHead.parse(List.of(h.serialize("a test head\nsecond line").split("\n")), "test");
        float[] v = unit(17, 0.3f);
        assertEquals(h.probability(v, 0.42), back.probability(v, 0.42), 1e-6);
    }

    @Test
    void aSentenceTheHeadCannotLiftIsNeverOneItWouldHaveFlagged() {
        double[] w = new double[SentenceEncoder.DIMENSIONS + 1];
        for (int k = 0; k < w.length; k++) w[k] = Math.cos(k * 0.7) / 50;
        w[w.length - 1] = 1; // the maxent log-odds
        EmbeddingHead exact = new EmbeddingHead(-0.5, w); // the bound every unit vector keeps to
        java.util.Random r = new java.util.Random(7);
        int skipped = 0;
        for (int i = 0; i < 2000; i++) {
            float[] v = new float[SentenceEncoder.DIMENSIONS];
            double n = 0;
            for (int k = 0; k < v.length; k++) {
                v[k] = (float) r.nextGaussian();
                n += v[k] * v[k];
            }
            for (int k = 0; k < v.length; k++) v[k] /= (float) Math.sqrt(n);
            double p = Math.pow(10, -6 * r.nextDouble());
            if (!exact.mayReach(p, 0.35)) {
                skipped++;
                assertTrue(exact.probability(v, p) < 0.35, p + " " + exact.probability(v, p));
            }
        }
        assertTrue(skipped > 0);
        assertTrue(exact.mayReach(0.99, 0.35));
    }

    @Test
    void theReachIsWrittenAndReadBack() {
        double[] w = new double[SentenceEncoder.DIMENSIONS + 1];
        w[0] = 1;
        EmbeddingHead h = new EmbeddingHead(0.2, w, 1.25);
        EmbeddingHead back = EmbeddingHead.parse(List.of(h.serialize("x").split("\n")), "test");
        assertEquals(1.25, back.reach(), 1e-9);
        assertEquals(4.0, new EmbeddingHead(0.2, w).reach(), 1e-9);
    }

    @Test
    void aDamagedFileIsRefusedWithItsReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmbeddingHead.parse(List.of("0.1", "zero"), "x.head"));
        assertTrue(e.getMessage().contains("x.head") && e.getMessage().contains("zero"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EmbeddingHead.parse(List.of("0.1", "0.2"), "x.head"));
        assertTrue(e.getMessage().contains("385"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EmbeddingHead.parse(List.of("# only a comment"), "x.head"));
        assertNull(EmbeddingHead.load("/no/such/model.head"));
    }

    @Test
    void theShippedClassifiersCarryTheirHeads() {
        for (String c : List.of("missing-source", "fact-opinion")) {
            SentenceClassifier m = SentenceClassifier.load(org.caselint.Linter.TRAINED + c);
            assertTrue(m.head() != null, c);
            String[] features = {"dad", "drink", "heavily", "again"};
            double p = m.probability(features, "Dad has been drinking heavily again.");
            assertTrue(p > 0 && p < 1, c + " " + p);
        }
    }

    @Test
    void layoutDescribesTheNumbersAsTheShippedHeadsDo() {
        assertEquals("logistic regression: bias, then 384 weights for the all-MiniLM-L6-v2 sentence vector (times 4), "
                + "then one\nfor the maxent log-odds (times 0.25)", EmbeddingHead.layout());
    }

    @Test
    void aStackedHeadIsTheLogisticRegressionOnTheTwoScoresItWasFittedTo() {
        // the tuned classifier's score is 8 x (the vector's part on axis 0) - 1; labels follow it more than the maxent
        double[] tuned = new double[SentenceEncoder.DIMENSIONS];
        tuned[0] = 2; // x4 for the vector's scale: score = -1 + 8 v0
        java.util.Random r = new java.util.Random(3);
        List<float[]> x = new ArrayList<>();
        int n = 400;
        double[] maxent = new double[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            float v0 = (float) r.nextDouble() * 0.5f;
            float[] v = new float[SentenceEncoder.DIMENSIONS];
            v[0] = v0;
            v[1] = (float) Math.sqrt(1 - v0 * v0);
            x.add(v);
            double score = -1 + 8 * v0;
            maxent[i] = 1 / (1 + Math.exp(-(0.3 * score + r.nextGaussian())));
            labels[i] = r.nextDouble() < 1 / (1 + Math.exp(-(1.5 * score)));
        }
        EmbeddingHead h = EmbeddingHead.stacked(-1, tuned, x, maxent, labels, false);
        assertTrue(h.readsTunedEncoder());
        // the head's probability depends on the vector only through the tuned score, and rises with it
        float[] low = x.get(0).clone();
        low[0] = 0.05f;
        float[] high = low.clone();
        high[0] = 0.45f;
        assertTrue(h.probability(high, 0.5) > 0.85, "high: " + h.probability(high, 0.5));
        assertTrue(h.probability(low, 0.5) < 0.3, "low: " + h.probability(low, 0.5));
        // and what it learnt is written out and read back, tuned encoder and all
        EmbeddingHead back = EmbeddingHead.parse(List.of(h.serialize("test").split("\n")), "test");
        assertTrue(back.readsTunedEncoder());
        assertEquals(h.probability(high, 0.2), back.probability(high, 0.2), 1e-6);
        assertEquals(h.reach(), back.reach(), 1e-6);
    }

    @Test
    void aHeadThatReadsTheSentenceBeforeSaysSoAndIsReadBack() {
        double[] w = new double[SentenceEncoder.DIMENSIONS + 1];
        w[0] = 1;
        EmbeddingHead h = new EmbeddingHead(0.5, w, Double.NaN, true, true);
        EmbeddingHead back = EmbeddingHead.parse(List.of(h.serialize("x").split("\n")), "test");
        assertTrue(back.readsTunedEncoder() && back.readsSentenceBefore());
        assertThrows(IllegalArgumentException.class, () -> new EmbeddingHead(0.5, w, Double.NaN, false, true));
        assertThrows(IllegalArgumentException.class, () -> EmbeddingHead.parse(List.of("encoder=tuned", "context=next", "0.1"), "x"));
    }

    @Test
    void aHeadNamingAnUnknownEncoderIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmbeddingHead.parse(List.of("encoder=bigger", "0.1"), "x.head"));
        assertTrue(e.getMessage().contains("unknown encoder"), e.getMessage());
    }
}
