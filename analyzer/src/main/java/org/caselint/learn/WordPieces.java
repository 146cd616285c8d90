package org.caselint.learn;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * How all-MiniLM-L6-v2 cuts text into word pieces, the same for the checker ({@link SentenceEncoder}) and for
 * fine-tuning: [CLS] sentence [SEP], at most {@value #MAX_PIECES} pieces, or for a sentence read with the one before
 * it [CLS] before [SEP] sentence [SEP] with the sentence's pieces of type 1, at most {@value #MAX_PAIR_PIECES} (the
 * longer of the two is cut first). An empty text is read as ".".
 */
public final class WordPieces {
    /** Word pieces read per sentence; longer sentences are cut (a case-note sentence is rarely over 60). */
    public static final int MAX_PIECES = 128;
    /** Word pieces read for a sentence with the sentence before it. */
    public static final int MAX_PAIR_PIECES = 160;

    private final HuggingFaceTokenizer single;
    private final HuggingFaceTokenizer pair;

    /** The pieces of the tokenizer file's vocabulary (the model's {@code tokenizer.json}). */
    public WordPieces(byte[] tokenizerJson) throws IOException {
        // the tokenizer library would otherwise look for updates on the network
        if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true");
        single = tokenizer(tokenizerJson, MAX_PIECES);
        pair = tokenizer(tokenizerJson, MAX_PAIR_PIECES);
    }

    private static HuggingFaceTokenizer tokenizer(byte[] json, int most) throws IOException {
        return HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(json), Map.of("maxLength", String.valueOf(most),
                "truncation", "true", "padding", "false", "addSpecialTokens", "true"));
    }

    /** The ids of the sentence's pieces, read alone. */
    public long[] of(String sentence) {
        String s = sentence.strip();
        return single.encode(s.isEmpty() ? "." : s).getIds();
    }

    /** The ids and the type ids (0 for {@code before}'s pieces, 1 for the sentence's) of the pair. */
    public long[][] of(String before, String sentence) {
        String b = before == null ? "" : before.strip();
        String s = sentence.strip();
        Encoding e = pair.encode(b.isEmpty() ? "." : b, s.isEmpty() ? "." : s);
        return new long[][] {e.getIds(), e.getTypeIds()};
    }
}
