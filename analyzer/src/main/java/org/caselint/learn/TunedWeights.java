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
        for (Reader tensor : graphMessages(onnx, 5)) {
            String name = null;
            long type = -1;
            int[] raw = null;
            while (tensor.more()) {
                int[] t = tensor.next();
                if (t[0] == 8 && t[1] == 2) name = new String(onnx, t[2], t[3], StandardCharsets.UTF_8);
                else if (t[0] == 2 && t[1] == 0) type = tensor.lastVarint;
                else if (t[0] == 9 && t[1] == 2) raw = new int[] {t[2], t[3]};
            }
            if (name != null && type == 1 && raw != null) out.put(name, raw);
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
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(tuned));
        String tag = in.readUTF();
        if (!TAG.equals(tag)) throw new IllegalArgumentException("not a tuned encoder file (starts with '" + tag + "')");
        String base = in.readUTF();
        String actual = sha256(onnx);
        if (!base.equals(actual)) {
            throw new IllegalArgumentException("the tuned encoder was made from another pretrained model (SHA-256 " + base
                    + ", this one is " + actual + ")");
        }
        byte[] out = onnx.clone();
        Map<String, int[]> where = floatInitializers(out);
        int tensors = in.readInt();
        for (int k = 0; k < tensors; k++) {
            String name = in.readUTF();
            int count = in.readInt();
            int[] raw = where.get(name);
            if (raw == null) throw new IllegalArgumentException("the pretrained model has no float tensor " + name);
            if (raw[1] != count * 4) {
                throw new IllegalArgumentException(name + " has " + raw[1] / 4 + " values, the tuned encoder gives " + count);
            }
            ByteBuffer b = ByteBuffer.wrap(out, raw[0], raw[1]).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < count; i++) {
                int at = raw[0] + 4 * i;
                b.putFloat(at, b.getFloat(at) + fromBfloat16(in.readShort()));
            }
        }
        return out;
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
