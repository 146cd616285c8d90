package org.caselint.pipeline;

import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Sentence;

/**
 * Splits a note into sentences. Real notes are lists, headings and pasted e-mails as much as prose, so every
 * line is split on its own: a heading ("Analysis:"), a list item ("- slept well") or an e-mail header line
 * ("From: ...") is one unit, and the remaining lines go through OpenNLP's sentence detector.
 */
public final class SentenceAnnotator implements Annotator {
    private static final Pattern BULLET = Pattern.compile("^(?:[-*\u2022\u00B7\u2013\u2014\u25AA\u25CF>]|\\d{1,2}[.)]|[a-z][.)])\\s+");
    private static final Pattern MAIL_HEADER = Pattern.compile("^(?:From|Sent|To|Cc|Bcc|Subject|Date|Re|Fw|Fwd):\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("^[\\p{L}][\\p{L}\\p{N}'’/&,()\\- ]{0,60}:$");

    private final ThreadLocal<SentenceDetectorME> detector;

    public SentenceAnnotator(NlpModels models) {
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(models.sentences()));
    }

    @Override public String name() { return "sentences"; }
    @Override public Set<Layer> requires() { return Set.of(); }
    @Override public Set<Layer> provides() { return Set.of(Layer.SENTENCES); }

    @Override
    public void annotate(Document doc) {
        String text = doc.normalized();
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = n;
            splitLine(doc, text, lineStart, lineEnd);
            lineStart = lineEnd + 1;
        }
        doc.markDone(Layer.SENTENCES);
    }

    private void splitLine(Document doc, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (from >= to) return;
        String line = text.substring(from, to);
        boolean bullet = BULLET.matcher(line).find();
        if (MAIL_HEADER.matcher(line).find() || isHeading(line)) {
            Sentence s = add(doc, from, to);
            s.setHeading(!MAIL_HEADER.matcher(line).find());
            return;
        }
        Span[] spans = splitMissingSpace(line, joinAfterAbbreviations(line, detector.get().sentPosDetect(line)));
        if (spans.length == 0) {
            add(doc, from, to).setListItem(bullet);
            return;
        }
        for (int i = 0; i < spans.length; i++) {
            int a = from + spans[i].getStart();
            int b = from + spans[i].getEnd();
            // Keep anything the detector left out (leading bullet marks, trailing spaces) inside a sentence.
            if (i == 0) a = from;
            if (i == spans.length - 1) b = to;
            else b = from + spans[i + 1].getStart();
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
            if (b > a) add(doc, a, b).setListItem(bullet && i == 0);
        }
    }

    /** Abbreviations after which a sentence does not end: "friends, e.g. Grace and Maisie", "Dr. Shah". */
    private static final Pattern NO_END = Pattern.compile("(?:^|[\\s(,])(?:e\\.g|i\\.e|eg|ie|approx|incl|cf|vs|viz|"
            + "Mr|Mrs|Ms|Dr|Prof|Rev|St|No|Nos)\\.$", Pattern.CASE_INSENSITIVE);

    /** A title left at the end of a span, which the detector may cut from its name ("overnight.Mr | Patel said"). */
    private static final Pattern TITLE_END = Pattern.compile("(?:^|[\\s(,.])(?:Mr|Mrs|Ms|Dr|Miss)$");

    /** The detector's spans, with a span that ends in such an abbreviation, or is followed by one in lower case, joined to the next one. */
    static Span[] joinAfterAbbreviations(String line, Span[] spans) {
        java.util.List<Span> out = new java.util.ArrayList<>();
        for (Span sp : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            String next = line.substring(sp.getStart(), sp.getEnd()).strip();
            // "said pupil C. grabbed him": a sentence does not start in lower case
            boolean lowerNext = !next.isEmpty() && Character.isLowerCase(next.charAt(0));
            String lastText = last == null ? "" : line.substring(last.getStart(), last.getEnd()).strip();
            if (last != null && (lowerNext || NO_END.matcher(lastText).find() || TITLE_END.matcher(lastText).find())) {
                out.set(out.size() - 1, new Span(last.getStart(), sp.getEnd()));
            } else {
                out.add(sp);
            }
        }
        return out.toArray(Span[]::new);
    }

    /** A full stop typed with no space after it: "most days.Dad is at the end of his tether". */
    private static final Pattern MISSING_SPACE = Pattern.compile("(?<=\\p{Ll}\\p{Ll}[.!?][\"\u201D']?)(?=\\p{Lu}\\p{Ll})");

    /**
     * The spans, each cut again where a sentence ends with no space before the next ("days.Dad"), which the
     * detector leaves joined; not inside a web or e-mail address ("www.Example.org", "j.Smith@...") or after an
     * abbreviation ("approx.Two").
     */
    static Span[] splitMissingSpace(String line, Span[] spans) {
        java.util.List<Span> out = new java.util.ArrayList<>();
        for (Span sp : spans) {
            int start = sp.getStart();
            var m = MISSING_SPACE.matcher(line);
            m.region(sp.getStart(), sp.getEnd());
            m.useTransparentBounds(true);
            while (m.find()) {
                int cut = m.start();
                int w = cut;
                while (w > start && !Character.isWhitespace(line.charAt(w - 1))) w--;
                int e = cut;
                while (e < sp.getEnd() && !Character.isWhitespace(line.charAt(e))) e++;
                String word = line.substring(w, e).toLowerCase(java.util.Locale.ROOT);
                if (word.contains("@") || word.contains("www") || word.contains("http") || word.contains("/")) continue;
                if (NO_END.matcher(line.substring(start, cut).strip()).find()) continue;
                out.add(new Span(start, cut));
                start = cut;
            }
            out.add(new Span(start, sp.getEnd()));
        }
        return out.toArray(Span[]::new);
    }

    static boolean isHeading(String line) {
        if (!HEADING.matcher(line).matches()) return false;
        return line.split("\\s+").length <= 7;
    }

    /**
     * Adds the sentence [a, b). A run-on "sentence" longer than {@link #MAX_CHARS} (a pasted block with no full
     * stops) is cut at a comma or space into pieces of at most that length, so nothing downstream is quadratic
     * in it; the last piece is returned.
     */
    private static Sentence add(Document doc, int a, int b) {
        String text = doc.normalized();
        while (b - a > MAX_CHARS) {
            int cut = -1;
            for (int k = a + MAX_CHARS; k > a + MAX_CHARS / 2; k--) {
                if (text.charAt(k) == ' ' && (text.charAt(k - 1) == ',' || text.charAt(k - 1) == ';')) {
                    cut = k;
                    break;
                }
            }
            if (cut < 0) {
                for (int k = a + MAX_CHARS; k > a + MAX_CHARS / 2; k--) {
                    if (Character.isWhitespace(text.charAt(k))) {
                        cut = k;
                        break;
                    }
                }
            }
            if (cut < 0) cut = a + MAX_CHARS;
            if (Character.isLowSurrogate(text.charAt(cut))) cut--;
            addOne(doc, a, cut);
            a = cut;
            while (a < b && Character.isWhitespace(text.charAt(a))) a++;
        }
        return addOne(doc, a, b);
    }

    private static Sentence addOne(Document doc, int a, int b) {
        Sentence s = new Sentence(doc.sentences().size(), a, b, doc.text().substring(a, b));
        doc.addSentence(s);
        return s;
    }

    /** Longest sentence, in characters, before a run-on line is cut. */
    static final int MAX_CHARS = 600;
}
