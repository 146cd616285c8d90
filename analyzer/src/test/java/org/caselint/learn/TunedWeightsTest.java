package org.caselint.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fine-tuned differences are written against the pretrained ONNX file and added back to exactly its tensors. */
class TunedWeightsTest {
    private static byte[] base;

    @BeforeAll
    static void readBase() throws IOException {
        try (InputStream in = TunedWeightsTest.class.getResourceAsStream(SentenceEncoder.BASE_MODEL)) {
            base = in.readAllBytes();
        }
    }

    private static float valueAt(byte[] onnx, int[] raw, int i) {
        return ByteBuffer.wrap(onnx).order(ByteOrder.LITTLE_ENDIAN).getFloat(raw[0] + 4 * i);
    }

    @Test
    void findsTheEncodersFloatTensors() {
        Map<String, int[]> inits = TunedWeights.floatInitializers(base);
        // word, position and type embeddings, their norm, and per layer six biases, two norms and their weights
        assertTrue(inits.containsKey("embeddings.word_embeddings.weight"), inits.keySet().toString());
        assertEquals(30522 * 384 * 4, inits.get("embeddings.word_embeddings.weight")[1]);
        assertTrue(inits.containsKey("encoder.layer.5.output.LayerNorm.bias"));
        assertTrue(inits.size() > 90, "tensors: " + inits.size());
    }

    @Test
    void namesTheWeightMatricesFromTheNodesThatUseThem() {
        Map<String, String> names = TunedWeights.matMulWeights(base);
        assertEquals(36, names.size(), names.toString()); // six layers: query, key, value, output, intermediate, output
        assertTrue(names.containsValue("encoder.layer.0.attention.self.query"), names.toString());
        assertTrue(names.containsValue("encoder.layer.5.output.dense"), names.toString());
        Map<String, int[]> inits = TunedWeights.floatInitializers(base);
        for (Map.Entry<String, String> e : names.entrySet()) {
            int size = inits.get(e.getKey())[1] / 4;
            int expected = e.getValue().endsWith("intermediate.dense") || e.getValue().endsWith("output.dense")
                    && !e.getValue().contains("attention") ? 384 * 1536 : 384 * 384;
            assertEquals(expected, size, e.getValue());
        }
    }

    @Test
    void differencesAreAddedToTheNamedTensorOnly() throws IOException {
        Map<String, int[]> inits = TunedWeights.floatInitializers(base);
        String name = "encoder.layer.0.attention.output.LayerNorm.bias";
        int[] raw = inits.get(name);
        float[] tuned = new float[raw[1] / 4];
        for (int i = 0; i < tuned.length; i++) tuned[i] = valueAt(base, raw, i) + 0.01f * (i % 7 - 3);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        TunedWeights.write(base, new LinkedHashMap<>(Map.of(name, tuned)), file);

        byte[] patched = TunedWeights.apply(base, new ByteArrayInputStream(file.toByteArray()));
        assertEquals(base.length, patched.length);
        for (int i = 0; i < tuned.length; i++) assertEquals(tuned[i], valueAt(patched, raw, i), 1e-4, "value " + i);
        // nothing else moved, and the pretrained bytes themselves are left alone
        int[] other = inits.get("encoder.layer.0.output.LayerNorm.bias");
        for (int i = 0; i < 384; i++) assertEquals(valueAt(base, other, i), valueAt(patched, other, i));
        assertEquals(tuned[0] + 0.03f, valueAt(base, raw, 0), 1e-6);
    }

    private static byte[] quantised() throws IOException {
        try (InputStream in = TunedWeightsTest.class.getResourceAsStream(SentenceEncoder.MODEL)) {
            return in.readAllBytes();
        }
    }

    /** Every weight matrix and norm, unchanged or with {@code change} added to the one named. */
    private static byte[] tunedFile(String changed, float change) throws IOException {
        Map<String, int[]> inits = TunedWeights.floatInitializers(base);
        Map<String, float[]> tuned = new LinkedHashMap<>();
        for (String name : inits.keySet()) {
            if (name.startsWith("embeddings.")) continue;
            int[] raw = inits.get(name);
            float[] v = new float[raw[1] / 4];
            for (int i = 0; i < v.length; i++) v[i] = valueAt(base, raw, i) + (name.equals(changed) ? change * (i % 5 - 2) : 0);
            tuned.put(name, v);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        TunedWeights.write(base, tuned, file);
        return file.toByteArray();
    }

    @Test
    void unchangedWeightsQuantiseBackToTheQuantisedModelItself() throws IOException {
        byte[] q = quantised();
        byte[] out = TunedWeights.applyQuantised(q, base, new ByteArrayInputStream(tunedFile("", 0)));
        // the 36 matrices were quantised again from the float model, the way ONNX Runtime's quantiser did it
        assertTrue(java.util.Arrays.equals(q, out), "the requantised model differs from the quantised one");
    }

    @Test
    void aChangedMatrixIsQuantisedAgainAndNothingElseMoves() throws IOException {
        byte[] q = quantised();
        String name = TunedWeights.matMulWeights(base).entrySet().stream()
                .filter(e -> e.getValue().equals("encoder.layer.2.attention.self.value")).findFirst().orElseThrow().getKey();
        byte[] out = TunedWeights.applyQuantised(q, base, new ByteArrayInputStream(tunedFile(name, 0.01f)));
        assertEquals(q.length, out.length);
        int[] raw = TunedWeights.floatInitializers(base).get(name);
        int changed = 0;
        for (int i = 0; i < q.length; i++) if (q[i] != out[i]) changed++;
        assertTrue(changed > 384 * 384 / 2, "bytes changed: " + changed);
        assertTrue(changed <= 384 * 384 + 384 * 4, "bytes changed: " + changed);
        // and the quantised model reads a sentence as the float one with the same change does
        byte[] file = tunedFile(name, 0.01f);
        SentenceEncoder quantisedTuned = SentenceEncoder.of(out);
        SentenceEncoder floatTuned = SentenceEncoder.of(TunedWeights.apply(base, new ByteArrayInputStream(file)));
        for (String[] pair : new String[][] {{"", "Mum told me that Dad had left."}, {"I visited the home.", "The kitchen was clean."}}) {
            float[] x = quantisedTuned.embed(pair[0], pair[1]);
            float[] y = floatTuned.embed(pair[0], pair[1]);
            double cosine = 0;
            for (int k = 0; k < x.length; k++) cosine += x[k] * y[k];
            assertTrue(cosine > 0.98, "cosine " + cosine + " for " + pair[1]);
        }
        assertTrue(raw[1] == 384 * 384 * 4);
    }

    @Test
    void aQuantisedModelWithoutTheTensorIsRefused() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TunedWeights.applyQuantised(new byte[0], base, new ByteArrayInputStream(tunedFile("", 0))));
        assertTrue(e.getMessage().contains("no float or per-column int8 tensor"), e.getMessage());
    }

    @Test
    void refusesDifferencesMadeFromAnotherModel() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(file);
        out.writeUTF(TunedWeights.TAG);
        out.writeUTF("0".repeat(64));
        out.writeInt(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TunedWeights.apply(base, new ByteArrayInputStream(file.toByteArray())));
        assertTrue(e.getMessage().contains("another pretrained model"), e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotATunedEncoder() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new DataOutputStream(file).writeUTF("something else");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TunedWeights.apply(base, new ByteArrayInputStream(file.toByteArray())));
        assertTrue(e.getMessage().contains("not a tuned encoder"), e.getMessage());
    }

    @Test
    void bfloat16KeepsEightBitsOfPrecision() {
        for (float x : new float[] {0f, 1f, -0.0123f, 3.1e-5f, -250.5f}) {
            float back = TunedWeights.fromBfloat16(TunedWeights.toBfloat16(x));
            assertEquals(x, back, Math.abs(x) / 256 + 1e-30, "for " + x);
        }
    }
}
