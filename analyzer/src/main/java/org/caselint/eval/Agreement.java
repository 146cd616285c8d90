package org.caselint.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Report;
import org.caselint.report.Severity;

/**
 * How far two annotators agree on the same notes. The second annotation's labels are turned into findings (one
 * per labelled sentence and category, plus the note-level child-voice finding) and scored against the first exactly
 * as the checker is, so an annotator-against-annotator F1 sits on the same scale as the checker's and shows how
 * high a checker can be expected to score against either. Labels in "ignore" are not findings.
 */
public final class Agreement {

    private Agreement() { }

    /** The findings a checker would have to raise to match this note's labels exactly. */
    public static Report asReport(AnnotatedNote note) {
        String text = note.text();
        List<int[]> spans = note.spans();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            if (span[1] <= span[0]) continue;
            for (String label : note.sentences().get(i).labels()) {
                findings.add(Finding.span("annotator", Category.byId(label), text, span[0], span[1],
                        "labelled by the annotator", List.of(), Severity.INFO, List.of(), null));
            }
        }
        if (note.childVoiceMissing()) {
            findings.add(Finding.note("annotator", Category.CHILD_VOICE, "labelled by the annotator", List.of(),
                    Severity.INFO, List.of()));
        }
        return Report.of(note.id(), findings);
    }

    /**
     * Scores {@code other}'s labels against {@code reference}. Both must hold the same notes (matched by id) split
     * into the same sentences; anything else is an {@link IllegalArgumentException} naming the first difference.
     */
    public static Evaluator compare(List<AnnotatedNote> reference, List<AnnotatedNote> other) {
        Map<String, AnnotatedNote> byId = new LinkedHashMap<>();
        for (AnnotatedNote n : other) {
            if (byId.put(n.id(), n) != null) throw new IllegalArgumentException("note " + n.id() + " appears twice");
        }
        if (byId.size() != reference.size()) {
            throw new IllegalArgumentException("the annotations hold " + reference.size() + " and " + byId.size()
                    + " notes");
        }
        Evaluator e = new Evaluator();
        for (AnnotatedNote ref : reference) {
            AnnotatedNote o = byId.get(ref.id());
            if (o == null) throw new IllegalArgumentException("note " + ref.id() + " is missing from the second annotation");
            if (o.sentences().size() != ref.sentences().size()) {
                throw new IllegalArgumentException("note " + ref.id() + " has " + ref.sentences().size() + " and "
                        + o.sentences().size() + " sentences");
            }
            for (int i = 0; i < ref.sentences().size(); i++) {
                if (!ref.sentences().get(i).s().equals(o.sentences().get(i).s())) {
                    throw new IllegalArgumentException("note " + ref.id() + " sentence " + i + " differs");
                }
            }
            e.add(ref, asReport(o));
        }
        return e;
    }
}
