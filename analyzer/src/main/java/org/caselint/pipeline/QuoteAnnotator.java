package org.caselint.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Quote;

/**
 * Finds quotations: double quotes (straight or curly) and single quotes that open before a word and close after
 * one, never crossing a blank line. An apostrophe inside a word ("didn't", "Jayden's") is not a quotation mark.
 * The speaker is taken from a reporting verb just before or after the quotation ("Jayden said", "said Mum").
 */
public final class QuoteAnnotator implements Annotator {
    private static final String VERBS = "said|says|say|told|tells|tell|asked|asks|replied|replies|shouted|shouts|"
            + "explained|explains|stated|states|added|adds|commented|described|describes|wrote|writes|called|"
            + "screamed|whispered|signed|signs|typed|answered|answers|responded|shared|reported|mentioned|repeated|"
            + "pointed to|drew|wrote";
    private static final Pattern BEFORE = Pattern.compile(
            "(\\b[A-Z][\\p{L}\\-]+|\\b(?:he|she|they|I|we|He|She|They|We))\\s+(?:\\w+\\s+){0,3}?(?:" + VERBS + ")\\b[^\"]{0,30}$");
    private static final Pattern AFTER = Pattern.compile(
            "^[,.!?]?\\s*(?:(?:" + VERBS + ")\\s+(\\b[A-Z][\\p{L}\\-]+|he|she|they)|(\\b[A-Z][\\p{L}\\-]+|he|she|they)\\s+(?:" + VERBS + "))");

    @Override public String name() { return "quotes"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES); }
    @Override public Set<Layer> provides() { return Set.of(Layer.QUOTES); }

    @Override
    public void annotate(Document doc) {
        String t = doc.normalized();
        List<int[]> spans = new ArrayList<>();
        findDouble(t, spans);
        findSingle(t, spans);
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        int lastEnd = -1;
        for (int[] sp : spans) {
            if (sp[0] < lastEnd) continue; // nested or overlapping: keep the outer one
            doc.addQuote(new Quote(sp[0], sp[1], speaker(t, sp[0], sp[1])));
            lastEnd = sp[1];
        }
        doc.markDone(Layer.QUOTES);
    }

    private static void findDouble(String t, List<int[]> out) {
        int open = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' && i + 1 < t.length() && t.charAt(i + 1) == '\n') open = -1;
            if (c != '"') continue;
            if (open < 0) open = i;
            else {
                out.add(new int[] {open, i + 1});
                open = -1;
            }
        }
    }

    private static void findSingle(String t, List<int[]> out) {
        int open = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' && i + 1 < t.length() && t.charAt(i + 1) == '\n') open = -1;
            if (c != '\'') continue;
            char prev = i > 0 ? t.charAt(i - 1) : ' ';
            char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
            boolean canOpen = !Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
            boolean canClose = !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
            if (open >= 0 && canClose && !(prev == 's' && next == ' ' && looksPossessive(t, open, i))) {
                out.add(new int[] {open, i + 1});
                open = -1;
            } else if (canOpen && open < 0) {
                open = i;
            }
        }
    }

    /** "the parents' house": an s' followed by a lower-case word with no closing punctuation. */
    private static boolean looksPossessive(String t, int open, int i) {
        int j = i + 2;
        return j < t.length() && Character.isLowerCase(t.charAt(j)) && i - open > 40;
    }

    private static String speaker(String t, int start, int end) {
        int from = Math.max(0, start - 80);
        String before = t.substring(from, start);
        int nl = before.lastIndexOf('\n');
        if (nl >= 0) before = before.substring(nl + 1);
        Matcher m = BEFORE.matcher(before);
        if (m.find()) return m.group(1);
        String after = t.substring(end, Math.min(t.length(), end + 40));
        m = AFTER.matcher(after);
        if (m.find()) return m.group(1) != null ? m.group(1) : m.group(2);
        return null;
    }
}
