package org.caselint.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fine-tuned encoder as a difference from the pretrained one: for each weight tensor that fine-tuning changed,
 * what to add to the pretrained ONNX file's numbers. The differences are small, so they are kept as bfloat16 (the top
 * 16 bits of a float: 8 bits of precision on a number that is itself a small change), which halves the file; the
 * pretrained model comes from its Maven artifact and is checked by its SHA-256 before anything is added to it.
 *
 * <p>The ONNX file is read just far enough to find each float initializer's raw bytes (protobuf: the model's field 7
 * is the graph, the graph's field 5 its initializers; an initializer's field 8 is its name, 2 its data type, 9 its
 * raw little-endian data), and the differences are added there, so the graph itself is untouched.
 *
 * <p>File layout (big-endian, as {@link DataOutputStream} writes): the tag {@value #TAG}, the SHA-256 of the
 * pretrained ONNX file (hex), the number of tensors, then for each its initializer name, its number of values and
 * the values' bfloat16 bits.
 */
public final class TunedWeights {
    public static final String TAG = "caselint-tuned-encoder-1";

    private TunedWeights() { }

    /** Where each float initializer's raw data lies in an ONNX file: name to {offset, length in bytes}. */
    public static Map<String, int[]> floatInitializers(byte[] onnx) {
        Map<String, int[]> out = new LinkedHashMap<>();
        initializers(onnx).forEach((name, t) -> {
            if (t.type() == FLOAT && t.raw() != null) out.put(name, t.raw());
        });
        return out;
    }

    private static final long FLOAT = 1;
    private static final long INT8 = 3;

    /**
     * An initializer: its data type (1 float, 3 int8), where its raw little-endian bytes lie ({offset, length}, or
     * null), and where its packed float_data lies (field 4, the way the quantiser stored its scales; or null).
     */
    private record Initializer(long type, int[] raw, int[] floatData) { }

    private static Map<String, Initializer> initializers(byte[] onnx) {
        Map<String, Initializer> out = new LinkedHashMap<>();
        for (Reader tensor : graphMessages(onnx, 5)) {
            String name = null;
            long type = -1;
            int[] raw = null;
            int[] floatData = null;
            while (tensor.more()) {
                int[] t = tensor.next();
                if (t[0] == 8 && t[1] == 2) name = new String(onnx, t[2], t[3], StandardCharsets.UTF_8);
                else if (t[0] == 2 && t[1] == 0) type = tensor.lastVarint;
                else if (t[0] == 9 && t[1] == 2) raw = new int[] {t[2], t[3]};
                else if (t[0] == 4 && t[1] == 2) floatData = new int[] {t[2], t[3]};
            }
            if (name != null) out.put(name, new Initializer(type, raw, floatData));
        }
        return out;
    }

    /** The graph's sub-messages with field number {@code field} (1 the nodes, 5 the initializers), each to be read. */
    private static java.util.List<Reader> graphMessages(byte[] onnx, int field) {
        java.util.List<Reader> out = new java.util.ArrayList<>();
        Reader model = new Reader(onnx, 0, onnx.length);
        while (model.more()) {
            int[] f = model.next();
            if (f[0] != 7 || f[1] != 2) continue;
            Reader graph = new Reader(onnx, f[2], f[2] + f[3]);
            while (graph.more()) {
                int[] g = graph.next();
                if (g[0] == field && g[1] == 2) out.add(new Reader(onnx, g[2], g[2] + g[3]));
            }
        }
        return out;
    }

    /**
     * The weight matrices the exporter left unnamed, named from the MatMul nodes that use them: initializer name (such
     * as {@code onnx::MatMul_1234}) to the node's path with dots ({@code encoder.layer.0.attention.self.query}). They
     * are stored as [inputs, outputs], the transpose of a PyTorch Linear layer's weight.
     */
    public static Map<String, String> matMulWeights(byte[] onnx) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Reader node : graphMessages(onnx, 1)) {
            java.util.List<String> inputs = new java.util.ArrayList<>();
            String name = null;
            String op = null;
            while (node.more()) {
                int[] n = node.next();
                if (n[1] != 2) continue;
                String v = new String(onnx, n[2], n[3], StandardCharsets.UTF_8);
                if (n[0] == 1) inputs.add(v);
                else if (n[0] == 3) name = v;
                else if (n[0] == 4) op = v;
            }
            if ("MatMul".equals(op) && name != null && inputs.size() == 2 && inputs.get(1).startsWith("onnx::MatMul")) {
                out.put(inputs.get(1), name.replaceFirst("^/", "").replace("/MatMul", "").replace('/', '.'));
            }
        }
        return out;
    }

    /**
     * A copy of {@code onnx} with the differences read from {@code tuned} added to its weights.
     *
     * @throws IllegalArgumentException if the file is not a tuned encoder, was made from another pretrained model, or
     *     names a tensor the model does not have or gives it the wrong number of values
     */
    public static byte[] apply(byte[] onnx, InputStream tuned) throws IOException {
        byte[] out = onnx.clone();
        Map<String, int[]> where = floatInitializers(out);
        read(onnx, tuned, (name, values) -> {
            ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
            int at = where.get(name)[0];
            for (int i = 0; i < values.length; i++) b.putFloat(at + 4 * i, values[i]);
        });
        return out;
    }

    /**
     * A copy of {@code quantised}, the pretrained model as ONNX Runtime's dynamic quantisation left it, with the
     * fine-tuned weights (the differences read from {@code tuned} added to {@code base}, the float model it was made
     * from) put in. A weight matrix W [inputs, outputs] is there as int8 {@code W_quantized} with one
     * {@code W_scale} per output column and zero points of 0; it is quantised again the way the quantiser did it
     * (scale = the column's largest magnitude / 64, each value W / scale rounded), which gives back the quantised
     * file's own bytes when nothing was changed. Float tensors (biases, layer norms) are copied. Everything is
     * written in place, so the file keeps its size and the graph is untouched. The quantised model runs about twice
     * as fast as the float one.
     *
     * @throws IllegalArgumentException as {@link #apply}, or if the quantised model lacks a tensor, or stores it
     *     otherwise
     */
    public static byte[] applyQuantised(byte[] quantised, byte[] base, InputStream tuned) throws IOException {
        byte[] out = quantised.clone();
        Map<String, Initializer> where = initializers(out);
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        read(base, tuned, (name, values) -> {
            Initializer plain = where.get(name);
            if (plain != null && plain.type() == FLOAT && plain.raw() != null && plain.raw()[1] == values.length * 4) {
                for (int i = 0; i < values.length; i++) b.putFloat(plain.raw()[0] + 4 * i, values[i]);
                return;
            }
            Initializer q = where.get(name + "_quantized");
            Initializer scale = where.get(name + "_scale");
            if (q == null || q.type() != INT8 || q.raw() == null || q.raw()[1] != values.length
                    || scale == null || scale.type() != FLOAT || scale.floatData() == null) {
                throw new IllegalArgumentException("the quantised model has no float or per-column int8 tensor " + name);
            }
            int columns = scale.floatData()[1] / 4;
            if (columns == 0 || values.length % columns != 0) throw new IllegalArgumentException(name + ": " + columns + " scales for " + values.length + " values");
            for (int j = 0; j < columns; j++) {
                float largest = 0;
                for (int i = j; i < values.length; i += columns) largest = Math.max(largest, Math.abs(values[i]));
                float s = largest / 64; // the quantiser's reduced range: the largest magnitude becomes 64
                b.putFloat(scale.floatData()[0] + 4 * j, s);
                for (int i = j; i < values.length; i += columns) {
                    double v = s == 0 ? 0 : Math.rint(values[i] / s);
                    out[q.raw()[0] + i] = (byte) Math.max(-128, Math.min(127, v));
                }
            }
        });
        return out;
    }

    /**
     * Reads a tuned-encoder file made from {@code base} and hands each changed tensor's fine-tuned values (base plus
     * difference) to {@code tensor}, by initializer name.
     */
    private static void read(byte[] base, InputStream tuned, java.util.function.BiConsumer<String, float[]> tensor) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(tuned));
        String tag = in.readUTF();
        if (!TAG.equals(tag)) throw new IllegalArgumentException("not a tuned encoder file (starts with '" + tag + "')");
        String made = in.readUTF();
        String actual = sha256(base);
        if (!made.equals(actual)) {
            throw new IllegalArgumentException("the tuned encoder was made from another pretrained model (SHA-256 " + made
                    + ", this one is " + actual + ")");
        }
        Map<String, int[]> where = floatInitializers(base);
        ByteBuffer b = ByteBuffer.wrap(base).order(ByteOrder.LITTLE_ENDIAN);
        int tensors = in.readInt();
        for (int k = 0; k < tensors; k++) {
            String name = in.readUTF();
            int count = in.readInt();
            int[] raw = where.get(name);
            if (raw == null) throw new IllegalArgumentException("the pretrained model has no float tensor " + name);
            if (raw[1] != count * 4) {
                throw new IllegalArgumentException(name + " has " + raw[1] / 4 + " values, the tuned encoder gives " + count);
            }
            float[] values = new float[count];
            for (int i = 0; i < count; i++) values[i] = b.getFloat(raw[0] + 4 * i) + fromBfloat16(in.readShort());
            tensor.accept(name, values);
        }
    }

    /**
     * Writes the differences between {@code tuned} and the pretrained model's tensors of the same names (float values,
     * in the ONNX file's order), in the layout {@link #apply} reads.
     */
    public static void write(byte[] onnx, Map<String, float[]> tuned, OutputStream to) throws IOException {
        Map<String, int[]> where = floatInitializers(onnx);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(to));
        out.writeUTF(TAG);
        out.writeUTF(sha256(onnx));
        out.writeInt(tuned.size());
        for (Map.Entry<String, float[]> e : tuned.entrySet()) {
            int[] raw = where.get(e.getKey());
            float[] v = e.getValue();
            if (raw == null || raw[1] != v.length * 4) throw new IllegalArgumentException("no float tensor " + e.getKey() + " of " + v.length);
            ByteBuffer b = ByteBuffer.wrap(onnx, raw[0], raw[1]).order(ByteOrder.LITTLE_ENDIAN);
            out.writeUTF(e.getKey());
            out.writeInt(v.length);
            for (int i = 0; i < v.length; i++) out.writeShort(toBfloat16(v[i] - b.getFloat(raw[0] + 4 * i)));
        }
        out.flush();
    }

    /** The top 16 bits of the float, rounded to nearest (ties to even). */
    static short toBfloat16(float x) {
        int bits = Float.floatToRawIntBits(x);
        int rounding = 0x7fff + ((bits >>> 16) & 1);
        return (short) ((bits + rounding) >>> 16);
    }

    static float fromBfloat16(short s) {
        return Float.intBitsToFloat((s & 0xffff) << 16);
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Protobuf fields of one message: each {@link #next} is {field number, wire type, offset, length}. */
    private static final class Reader {
        private final byte[] b;
        private int at;
        private final int end;
        long lastVarint;

        Reader(byte[] b, int from, int to) {
            this.b = b;
            this.at = from;
            this.end = to;
        }

        boolean more() { return at < end; }

        int[] next() {
            long key = varint();
            int field = (int) (key >>> 3);
            int wire = (int) (key & 7);
            switch (wire) {
                case 0 -> {
                    lastVarint = varint();
                    return new int[] {field, wire, at, 0};
                }
                case 1 -> {
                    at += 8;
                    return new int[] {field, wire, at - 8, 8};
                }
                case 2 -> {
                    int len = (int) varint();
                    int from = at;
                    at += len;
                    if (at > end || len < 0) throw new IllegalArgumentException("not an ONNX file (a field runs past its message)");
                    return new int[] {field, wire, from, len};
                }
                case 5 -> {
                    at += 4;
                    return new int[] {field, wire, at - 4, 4};
                }
                default -> throw new IllegalArgumentException("not an ONNX file (protobuf wire type " + wire + ")");
            }
        }

        private long varint() {
            long r = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (at >= end) throw new IllegalArgumentException("not an ONNX file (truncated)");
                int c = b[at++] & 0xff;
                r |= (long) (c & 0x7f) << shift;
                if (c < 0x80) return r;
            }
            throw new IllegalArgumentException("not an ONNX file (bad varint)");
        }
    }
}
