package org.caselint.finetune;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.ScalarTypeOptional;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.TensorOptional;
import org.bytedeco.pytorch.TensorOptions;
import org.bytedeco.pytorch.TensorVector;
import org.bytedeco.pytorch.global.torch;
import org.caselint.learn.TunedWeights;

/**
 * all-MiniLM-L6-v2 written against libtorch, so that it can be trained: the same computation as the ONNX graph the
 * checker runs (word, position and type embeddings and their norm; six layers of 12-head self-attention and a
 * 1,536-wide GELU feed-forward, each with a residual and a norm; the mean over the real word pieces, scaled to length
 * 1), on the float weights of the pretrained ONNX file. Its vectors match ONNX Runtime's on that file (cosine 1.0000
 * on the sentences tried), so what is learnt here is what the checker runs.
 *
 * <p>Tensors are kept under their ONNX initializer names; the weight matrices the exporter left unnamed are found by
 * the MatMul node that uses them ({@link TunedWeights#matMulWeights}).
 */
final class MiniLm {
    static final int HIDDEN = 384;
    static final int HEADS = 12;
    static final int LAYERS = 6;

    /** ONNX initializer name to tensor. */
    final Map<String, Tensor> weights = new LinkedHashMap<>();
    /** The matrix of each MatMul node (its path, as "encoder.layer.0.attention.self.query"), by the name of the node. */
    private final Map<String, Tensor> matrices = new LinkedHashMap<>();

    MiniLm(byte[] onnx) {
        Map<String, int[]> inits = TunedWeights.floatInitializers(onnx);
        Map<String, String> named = TunedWeights.matMulWeights(onnx);
        ByteBuffer all = ByteBuffer.wrap(onnx).order(ByteOrder.LITTLE_ENDIAN);
        for (Map.Entry<String, int[]> e : inits.entrySet()) {
            int[] raw = e.getValue();
            float[] v = new float[raw[1] / 4];
            all.slice(raw[0], raw[1]).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
            long[] shape = shapeOf(e.getKey(), named.get(e.getKey()), v.length);
            Tensor t = torch.from_blob(new FloatPointer(v), shape).clone();
            weights.put(e.getKey(), t);
            if (named.containsKey(e.getKey())) matrices.put(named.get(e.getKey()), t);
        }
        if (matrices.size() != LAYERS * 6) throw new IllegalArgumentException("not all-MiniLM-L6-v2: " + matrices.size() + " weight matrices");
    }

    private static long[] shapeOf(String name, String matMul, int size) {
        if (matMul != null) {
            // [inputs, outputs]
            if (matMul.endsWith("intermediate.dense")) return new long[] {HIDDEN, size / HIDDEN};
            if (matMul.endsWith("output.dense") && !matMul.contains("attention")) return new long[] {size / HIDDEN, HIDDEN};
            return new long[] {HIDDEN, HIDDEN};
        }
        if (name.endsWith("embeddings.weight")) return new long[] {size / HIDDEN, HIDDEN};
        return new long[] {size};
    }

    /** The tensors fine-tuning changes: everything in the six layers (the embeddings stay as they were). */
    List<String> trainable() {
        List<String> out = new ArrayList<>();
        for (String n : weights.keySet()) if (!n.startsWith("embeddings.")) out.add(n);
        return out;
    }

    TensorVector parameters(List<String> names) {
        TensorVector v = new TensorVector();
        for (String n : names) v.push_back(weights.get(n));
        return v;
    }

    private Tensor w(String name) {
        Tensor t = weights.get(name);
        if (t == null) throw new IllegalArgumentException("no tensor " + name);
        return t;
    }

    private Tensor norm(Tensor x, String prefix) {
        return torch.layer_norm(x, new long[] {HIDDEN}, new TensorOptional(w(prefix + ".weight")),
                new TensorOptional(w(prefix + ".bias")), 1e-12, false);
    }

    private Tensor dense(Tensor x, String node) {
        return torch.matmul(x, matrices.get(node)).add(w(node + ".bias"));
    }

    /** Sentence vectors: ids [batch, length] (int64), mask [batch, length] (1 for a word piece, 0 for padding). */
    Tensor forward(Tensor ids, Tensor mask) {
        return forward(ids, torch.zeros_like(ids), mask, mask);
    }

    /**
     * Vectors of sentence pairs: {@code types} [batch, length] (int64, 0 for the first of the pair, 1 for the second),
     * and the mean is taken over the pieces {@code pool} marks (the second sentence's).
     */
    Tensor forward(Tensor ids, Tensor types, Tensor mask, Tensor pool) {
        long b = ids.size(0);
        long len = ids.size(1);
        Tensor positions = torch.arange(new Scalar(len), new TensorOptions(torch.ScalarType.Long));
        Tensor x = torch.embedding(w("embeddings.word_embeddings.weight"), ids)
                .add(torch.embedding(w("embeddings.position_embeddings.weight"), positions))
                .add(torch.embedding(w("embeddings.token_type_embeddings.weight"), types));
        x = norm(x, "embeddings.LayerNorm");
        Tensor padding = mask.reshape(b, 1, 1, len).sub(new Scalar(1.0)).mul(new Scalar(1e4));
        int dh = HIDDEN / HEADS;
        for (int l = 0; l < LAYERS; l++) {
            String p = "encoder.layer." + l + ".";
            Tensor q = dense(x, p + "attention.self.query").reshape(b, len, HEADS, dh).transpose(1, 2);
            Tensor k = dense(x, p + "attention.self.key").reshape(b, len, HEADS, dh).transpose(1, 2);
            Tensor v = dense(x, p + "attention.self.value").reshape(b, len, HEADS, dh).transpose(1, 2);
            Tensor att = torch.matmul(q, k.transpose(2, 3)).div(new Scalar(Math.sqrt(dh))).add(padding).softmax(3);
            Tensor ctx = torch.matmul(att, v).transpose(1, 2).reshape(b, len, HIDDEN);
            x = norm(dense(ctx, p + "attention.output.dense").add(x), p + "attention.output.LayerNorm");
            Tensor inner = torch.gelu(dense(x, p + "intermediate.dense"));
            x = norm(dense(inner, p + "output.dense").add(x), p + "output.LayerNorm");
        }
        Tensor m = pool.reshape(b, len, 1);
        Tensor mean = x.mul(m).sum(new long[] {1}, false, new ScalarTypeOptional())
                .div(m.sum(new long[] {1}, false, new ScalarTypeOptional()));
        return mean.div(mean.mul(mean).sum(new long[] {1}, true, new ScalarTypeOptional()).sqrt());
    }

    /** A tensor's numbers. */
    static float[] values(Tensor t) {
        Tensor c = t.contiguous();
        float[] v = new float[(int) c.numel()];
        new FloatPointer(c.data_ptr_float()).get(v);
        return v;
    }
}
