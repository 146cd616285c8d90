package org.caselint.server.http.languagetool;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based sentence ranges for LanguageTool's {@code sentence} and {@code sentenceRanges} fields: a sentence ends
 * after {@code . ! ?} (and any closing quotes or brackets) followed by white space and not by a lower-case word,
 * or at a line break (case notes
 * have headings and list lines without full stops). Common abbreviations ("Mr.", "e.g.") do not end one.
 * The checks themselves use the analyzer's statistical splitter; this only places matches for display.
 */
final class SentenceRanges {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "e.g", "i.e", "etc", "approx",
            "no", "vs", "prof", "rev", "dept", "tel", "eg", "ie");

    private SentenceRanges() { }

    /** [start, end) of each sentence, end exclusive and without trailing white space. */
    static List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            int end = n;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    end = i;
                    break;
                }
                if ((c == '.' || c == '!' || c == '?') && !abbreviation(text, start, i)) {
                    int j = i + 1;
                    while (j < n && "\"'”’)]".indexOf(text.charAt(j)) >= 0) j++;
                    if (j >= n || Character.isWhitespace(text.charAt(j)) && !lowerCaseNext(text, j)) {
                        end = j;
                        i = j;
                        break;
                    }
                }
                i++;
            }
            if (i >= n) end = n;
            int e = end;
            while (e > start && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > start) out.add(new int[] {start, e});
        }
        return out;
    }

    /** "'Go away!' he said": a lower-case word after the stop continues the sentence. */
    private static boolean lowerCaseNext(String text, int from) {
        int k = from;
        while (k < text.length() && text.charAt(k) == ' ') k++;
        return k < text.length() && Character.isLowerCase(text.charAt(k));
    }

    private static boolean abbreviation(String text, int sentenceStart, int dot) {
        if (text.charAt(dot) != '.') return false;
        int w = dot;
        // abbreviations are short: looking back a few characters keeps a run of dots linear, not quadratic
        while (w > sentenceStart && dot - w < 8 && !Character.isWhitespace(text.charAt(w - 1))) w--;
        if (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1))) return false;
        return ABBREVIATIONS.contains(text.substring(w, dot).toLowerCase(Locale.ROOT));
    }
}
