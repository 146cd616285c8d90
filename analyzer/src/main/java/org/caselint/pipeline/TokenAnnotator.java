package org.caselint.pipeline;

import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Sentence;
import org.caselint.model.Token;

/**
 * Tokenises each sentence with OpenNLP's UD English tokenizer, keeping character offsets into the original text.
 * Clitics stay attached ("Mum's", "didn't"), as the UD model writes them.
 */
public final class TokenAnnotator implements Annotator {
    private final ThreadLocal<TokenizerME> tokenizer;

    public TokenAnnotator(NlpModels models) {
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(models.tokens()));
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "st", "etc",
            "no", "vs", "approx", "e.g", "i.e", "nb", "p.s", "a.m", "p.m", "jr", "sr", "co", "ltd", "dept", "tel", "ref");
    private static final String OPENERS = "([{\"'";
    private static final String CLOSERS = ")]}\"',;:!?";

    /**
     * The UD tokenizer sometimes leaves punctuation on a word ("unkempt.", "(YJS", "CAMHS)"); peel it off so
     * the word matches, keeping abbreviations ("Mr.", "e.g.") and in-word marks ("didn't", "A&E") whole.
     */
    static java.util.List<int[]> split(String text, int a, int b) {
        java.util.List<int[]> head = new java.util.ArrayList<>();
        java.util.List<int[]> tail = new java.util.ArrayList<>();
        while (b - a > 1 && OPENERS.indexOf(text.charAt(a)) >= 0 && Character.isLetterOrDigit(text.charAt(a + 1))) {
            head.add(new int[] {a, a + 1});
            a++;
        }
        while (b - a > 1) {
            char c = text.charAt(b - 1);
            char before = text.charAt(b - 2);
            if (CLOSERS.indexOf(c) >= 0 && Character.isLetterOrDigit(before)) {
                if (c == '\'' && text.charAt(b - 2) == 's') break; // "parents'"
                tail.add(0, new int[] {b - 1, b});
                b--;
            } else if (c == '.' && Character.isLetter(before) && text.substring(a, b - 1).indexOf('.') < 0
                    && !ABBREVIATIONS.contains(text.substring(a, b - 1).toLowerCase(java.util.Locale.ROOT))
                    && b - 1 - a > 1) {
                tail.add(0, new int[] {b - 1, b});
                b--;
            } else {
                break;
            }
        }
        java.util.List<int[]> out = new java.util.ArrayList<>(head);
        out.add(new int[] {a, b});
        out.addAll(tail);
        return out;
    }

    /**
     * "Ava-Rose", "Lily-Mae", "Smith-Jones": the UD model cuts a hyphenated name after the hyphen ("Ava-", "Rose");
     * a capitalised word ending in a hyphen and the capitalised word right after it are one name.
     */
    static boolean hyphenatedName(String text, int[] left, int[] right) {
        if (left[1] != right[0] || left[1] - left[0] < 3 || right[1] - right[0] < 2) return false;
        return text.charAt(left[1] - 1) == '-' && Character.isUpperCase(text.charAt(left[0]))
                && Character.isLetter(text.charAt(left[1] - 2)) && Character.isUpperCase(text.charAt(right[0]));
    }

    @Override public String name() { return "tokens"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES); }
    @Override public Set<Layer> provides() { return Set.of(Layer.TOKENS); }

    @Override
    public void annotate(Document doc) {
        String norm = doc.normalized();
        for (Sentence s : doc.sentences()) {
            String sub = norm.substring(s.start(), s.end());
            java.util.List<int[]> pieces = new java.util.ArrayList<>();
            for (Span sp : tokenizer.get().tokenizePos(sub)) {
                int a = s.start() + sp.getStart();
                int b = s.start() + sp.getEnd();
                if (b <= a) continue;
                for (int[] piece : split(norm, a, b)) {
                    int[] last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
                    if (last != null && hyphenatedName(norm, last, piece)) last[1] = piece[1];
                    else pieces.add(piece);
                }
            }
            for (int[] piece : pieces) {
                Token t = new Token(doc.tokens().size(), piece[0], piece[1], norm.substring(piece[0], piece[1]));
                s.addToken(t);
                doc.addToken(t);
            }
        }
        doc.markDone(Layer.TOKENS);
    }
}
