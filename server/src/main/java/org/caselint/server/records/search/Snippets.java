package org.caselint.server.records.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.caselint.report.Finding;

/**
 * Builds short HTML snippets of a note: windows of text around the query's matches first, then around flagged
 * spans, with query matches marked {@code <mark class="q">} and flagged spans {@code <mark class="f-CATEGORY">}
 * (a stretch that is both gets one mark with both classes). All text is HTML-escaped. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<String> html = Snippets.build(text, List.of(new int[]{4, 14}), findings, Set.of("judgemental"), 3);
 * }</pre>
 */
public final class Snippets {
    /** Characters of context on each side of a match. */
    static final int CONTEXT = 80;
    /** Longest a window grows by taking in a nearby match; beyond that, matches get windows of their own. */
    static final int MAX_LENGTH = 320;

    private Snippets() { }

    /**
     * @param text           the note text
     * @param queryMatches   {start, end} offsets of the query's matches in the text, in any order
     * @param findings       the note's findings (note-level ones are ignored)
     * @param preferred      categories whose flagged spans get a window before others' (e.g. the filtered ones)
     * @param max            most snippets
     */
    public static List<String> build(String text, List<int[]> queryMatches, List<Finding> findings,
                                     Set<String> preferred, int max) {
        List<Finding> spans = findings.stream().filter(f -> !f.isNoteLevel() && f.end() <= text.length()).toList();
        List<int[]> windows = new ArrayList<>();
        List<int[]> anchors = new ArrayList<>(queryMatches.stream().sorted(Comparator.comparingInt(m -> m[0])).toList());
        spans.stream().filter(f -> preferred.contains(f.category().id())).forEach(f -> anchors.add(new int[]{f.start(), f.end()}));
        spans.stream().filter(f -> !preferred.contains(f.category().id())).forEach(f -> anchors.add(new int[]{f.start(), f.end()}));
        for (int[] a : anchors) {
            if (windows.size() >= max) break;
            if (windows.stream().anyMatch(w -> a[0] >= w[0] && a[1] <= w[1])) continue;
            int[] w = window(text, a[0], a[1]);
            boolean placed = false;
            for (int[] x : windows) {
                if (w[0] >= x[1] || x[0] >= w[1]) continue; // no overlap
                if (Math.max(x[1], w[1]) - Math.min(x[0], w[0]) <= MAX_LENGTH) {
                    x[0] = Math.min(x[0], w[0]);
                    x[1] = Math.max(x[1], w[1]);
                } else if (a[0] >= x[1]) {
                    w[0] = x[1];          // continue right after the window it overlaps
                    continue;
                } else if (a[1] <= x[0]) {
                    w[1] = x[0];
                    continue;
                } else {
                    x[0] = Math.min(x[0], a[0]); // the anchor straddles its edge: stretch to cover it
                    x[1] = Math.max(x[1], a[1]);
                }
                placed = true;
                break;
            }
            if (!placed) windows.add(w);
        }
        if (windows.isEmpty()) windows.add(window(text, 0, 0));
        windows.sort(Comparator.comparingInt(w -> w[0]));
        List<String> out = new ArrayList<>();
        for (int[] w : windows) out.add(render(text, w[0], w[1], queryMatches, spans));
        return out;
    }

    /** A window of about {@link #CONTEXT} characters either side of [start, end), cut at spaces. */
    static int[] window(String text, int start, int end) {
        int s = Math.max(0, start - CONTEXT);
        int e = Math.min(text.length(), Math.max(end + CONTEXT, s + 2 * CONTEXT));
        if (s > 0) {
            int sp = text.indexOf(' ', s);
            if (sp >= 0 && sp < start) s = sp + 1;
        }
        if (e < text.length()) {
            int sp = text.lastIndexOf(' ', e);
            if (sp > end) e = sp;
        }
        return new int[]{s, e};
    }

    private static String render(String text, int from, int to, List<int[]> queryMatches, List<Finding> spans) {
        // Every offset where some mark starts or ends splits the window into stretches with one set of classes.
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (int[] m : queryMatches) addCuts(cuts, m[0], m[1], from, to);
        for (Finding f : spans) addCuts(cuts, f.start(), f.end(), from, to);
        StringBuilder sb = new StringBuilder();
        if (from > 0) sb.append("\u2026");
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null) {
                int a = prev;
                int b = cut;
                TreeSet<String> classes = new TreeSet<>();
                for (int[] m : queryMatches) if (m[0] <= a && b <= m[1]) classes.add("q");
                for (Finding f : spans) if (f.start() <= a && b <= f.end()) classes.add("f-" + f.category().id());
                String piece = escape(text.substring(a, b));
                if (classes.isEmpty()) {
                    sb.append(piece);
                } else {
                    // "q" first, then categories alphabetically
                    List<String> ordered = new ArrayList<>();
                    if (classes.remove("q")) ordered.add("q");
                    ordered.addAll(classes);
                    sb.append("<mark class=\"").append(String.join(" ", ordered)).append("\">").append(piece).append("</mark>");
                }
            }
            prev = cut;
        }
        if (to < text.length()) sb.append("\u2026");
        return sb.toString();
    }

    private static void addCuts(TreeSet<Integer> cuts, int s, int e, int from, int to) {
        if (e <= from || s >= to) return;
        cuts.add(Math.max(s, from));
        cuts.add(Math.min(e, to));
    }

    /** HTML-escapes text for element content and attribute values. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
