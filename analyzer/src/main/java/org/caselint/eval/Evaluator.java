package org.caselint.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Report;

/**
 * Scores reports against annotated notes exactly as ANNOTATION.md says: a finding counts for every sentence its
 * span overlaps; per category a labelled and flagged sentence is a true positive, labelled and not flagged a false
 * negative, flagged but neither labelled nor ignored a false positive. child-voice is scored per note.
 */
public final class Evaluator {

    /** Counts for one category. */
    public static final class Counts {
        public int tp;
        public int fp;
        public int fn;

        public double precision() { return tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp); }
        public double recall() { return tp + fn == 0 ? 1 : (double) tp / (tp + fn); }
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One disagreement, for error analysis. */
    public record Miss(String noteId, int sentence, String category, String kind, String sentenceText, String flagged) { }

    private final Map<Category, Counts> counts = new LinkedHashMap<>();
    private final List<Miss> misses = new ArrayList<>();

    public Evaluator() {
        for (Category c : Category.values()) counts.put(c, new Counts());
    }

    /** Scores all notes with the given linter function. */
    public static Evaluator run(List<AnnotatedNote> notes, Function<AnnotatedNote, Report> lint) {
        Evaluator e = new Evaluator();
        for (AnnotatedNote n : notes) e.add(n, lint.apply(n));
        return e;
    }

    public void add(AnnotatedNote note, Report report) {
        List<int[]> spans = note.spans();
        Map<Category, Set<Integer>> flagged = new LinkedHashMap<>();
        Map<String, String> what = new LinkedHashMap<>();
        boolean voice = false;
        for (Finding f : report.findings()) {
            if (f.isNoteLevel()) {
                voice |= f.category() == Category.CHILD_VOICE;
                continue;
            }
            for (int i = 0; i < spans.size(); i++) {
                if (f.start() < spans.get(i)[1] && f.end() > spans.get(i)[0]) {
                    flagged.computeIfAbsent(f.category(), k -> new HashSet<>()).add(i);
                    what.merge(f.category().id() + i, f.text(), (a, b) -> a + ", " + b);
                }
            }
        }
        for (Category c : Category.values()) {
            if (c == Category.CHILD_VOICE) continue;
            Counts k = counts.get(c);
            Set<Integer> got = flagged.getOrDefault(c, Set.of());
            for (int i = 0; i < note.sentences().size(); i++) {
                AnnotatedNote.AnnotatedSentence s = note.sentences().get(i);
                boolean want = s.labels().contains(c.id());
                boolean either = s.ignore().contains(c.id());
                boolean has = got.contains(i);
                if (want && has) k.tp++;
                else if (want) {
                    k.fn++;
                    misses.add(new Miss(note.id(), i, c.id(), "FN", s.s(), null));
                } else if (has && !either) {
                    k.fp++;
                    misses.add(new Miss(note.id(), i, c.id(), "FP", s.s(), what.get(c.id() + i)));
                }
            }
        }
        Counts v = counts.get(Category.CHILD_VOICE);
        if (note.childVoiceMissing() && voice) v.tp++;
        else if (note.childVoiceMissing()) {
            v.fn++;
            misses.add(new Miss(note.id(), -1, "child-voice", "FN", "(note)", null));
        } else if (voice) {
            v.fp++;
            misses.add(new Miss(note.id(), -1, "child-voice", "FP", "(note)", null));
        }
    }

    public Map<Category, Counts> counts() { return counts; }
    public List<Miss> misses() { return misses; }

    public double macroF1() {
        return counts.values().stream().mapToDouble(Counts::f1).average().orElse(0);
    }

    /** The table printed by {@code caselint eval}. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-18s %5s %5s %5s %7s %7s %7s%n", "category", "tp", "fp", "fn", "P", "R", "F1"));
        for (Map.Entry<Category, Counts> e : counts.entrySet()) {
            Counts c = e.getValue();
            sb.append(String.format("%-18s %5d %5d %5d %7.3f %7.3f %7.3f%n", e.getKey().id(), c.tp, c.fp, c.fn,
                    c.precision(), c.recall(), c.f1()));
        }
        sb.append(String.format("macro F1 %.3f%n", macroF1()));
        return sb.toString();
    }
}
