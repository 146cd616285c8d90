package org.caselint.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence encoder runs in process from the classpath and puts like sentences together. */
class SentenceEncoderTest {
    private static double cosine(float[] a, float[] b) {
        double d = 0;
        for (int k = 0; k < a.length; k++) d += a[k] * b[k];
        return d;
    }

    @Test
    void vectorsHaveTheModelsSizeAndLengthOne() {
        float[] v = SentenceEncoder.shared().embed("I visited Ruby at home on Tuesday.");
        assertEquals(SentenceEncoder.DIMENSIONS, v.length);
        assertEquals(1.0, Math.sqrt(cosine(v, v)), 1e-4);
    }

    @Test
    void sentencesThatSayTheSameThingLieCloserThanUnrelatedOnes() {
        SentenceEncoder e = SentenceEncoder.shared();
        float[] drinking = e.embed("Dad has been drinking heavily again.");
        float[] sameIdea = e.embed("Father is back on the alcohol most nights.");
        float[] unrelated = e.embed("The kitchen was clean and there was food in the fridge.");
        assertTrue(cosine(drinking, sameIdea) > cosine(drinking, unrelated) + 0.1,
                cosine(drinking, sameIdea) + " vs " + cosine(drinking, unrelated));
    }

    @Test
    void aSentenceGetsTheSameVectorAloneAndAmongOthers() {
        // training encodes thousands of sentences, linting one: the head must see the same numbers in both
        List<String> s = List.of("Mia smiled.", "Mum said the school had called about Mia's attendance last week.");
        List<float[]> many = SentenceEncoder.shared().embedAll(s);
        for (int i = 0; i < s.size(); i++) {
            assertArrayEquals(SentenceEncoder.shared().embed(s.get(i)), many.get(i), 1e-6f, s.get(i));
        }
    }

    @Test
    void emptyAndVeryLongSentencesAreEncoded() {
        assertEquals(SentenceEncoder.DIMENSIONS, SentenceEncoder.shared().embed("   ").length);
        String longOne = "Mum said that she had been to the shop and then to the park ".repeat(40);
        assertEquals(SentenceEncoder.DIMENSIONS, SentenceEncoder.shared().embed(longOne).length);
    }

    private static SentenceEncoder pretrainedFloat;

    private static SentenceEncoder pretrainedFloat() throws java.io.IOException {
        if (pretrainedFloat == null) {
            try (java.io.InputStream in = SentenceEncoderTest.class.getResourceAsStream(SentenceEncoder.BASE_MODEL)) {
                pretrainedFloat = SentenceEncoder.of(in.readAllBytes());
            }
        }
        return pretrainedFloat;
    }

    @Test
    void theFloatModelGivesNearlyTheQuantisedModelsVector() throws Exception {
        // the fine-tuned encoder starts from the float model; the quantised one is its rounded copy
        String s = "Dad has been drinking heavily again.";
        assertTrue(cosine(pretrainedFloat().embed(s), SentenceEncoder.shared().embed(s)) > 0.97);
    }

    @Test
    void aSentenceReadAfterAnotherIsColouredByItButStaysItself() throws Exception {
        SentenceEncoder e = pretrainedFloat();
        String s = "Dad has been drinking heavily again.";
        float[] afterMum = e.embed("Mum told me the following about the weekend.", s);
        float[] afterVisit = e.embed("I arrived at the flat at 10am and Dad let me in.", s);
        assertEquals(1.0, Math.sqrt(cosine(afterMum, afterMum)), 1e-4);
        // the sentence before changes the vector, and the same pair gives the same vector again
        assertTrue(cosine(afterMum, afterVisit) < 0.9999, "before made no difference");
        assertArrayEquals(afterMum, e.embed("Mum told me the following about the weekend.", s), 1e-6f);
        // but the vector is still the sentence's: nearer its own than the sentence before it
        float[] alone = e.embed(s);
        assertTrue(cosine(afterMum, alone) > cosine(afterMum, e.embed("Mum told me the following about the weekend.")),
                "pooled over the wrong sentence");
        // the first sentence of a note has nothing before it
        assertEquals(SentenceEncoder.DIMENSIONS, e.embed("", s).length);
    }
}
