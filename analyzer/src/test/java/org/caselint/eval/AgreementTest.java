package org.caselint.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.caselint.model.Note;
import org.caselint.report.Category;
import org.junit.jupiter.api.Test;

/** Two annotations of the same notes scored against each other on the eval's scale. */
class AgreementTest {

    private static AnnotatedNote.AnnotatedSentence s(String text, List<String> labels, List<String> ignore) {
        return new AnnotatedNote.AnnotatedSentence(text, " ", labels, ignore);
    }

    private static AnnotatedNote note(String id, boolean voiceMissing, AnnotatedNote.AnnotatedSentence... sentences) {
        return new AnnotatedNote(id, "synthetic", "home visit", new Note.Subject("Ava Reid", null, 9), List.of(),
                List.of(sentences), voiceMissing);
    }

    private static final String A = "Apparently Dad is drinking again.";
    private static final String B = "Mum was aggressive.";
    private static final String C = "Ava showed me her drawing.";

    @Test
    void identicalAnnotationsAgreeCompletely() {
        List<AnnotatedNote> one = List.of(note("n1", true, s(A, List.of("missing-source"), List.of()),
                s(B, List.of("judgemental"), List.of()), s(C, List.of(), List.of())));
        Evaluator e = Agreement.compare(one, one);
        assertEquals(1.0, e.counts().get(Category.MISSING_SOURCE).f1());
        assertEquals(1.0, e.counts().get(Category.JUDGEMENTAL).f1());
        assertEquals(1, e.counts().get(Category.CHILD_VOICE).tp);
    }

    @Test
    void disagreementsCountAsTheEvalCountsThemAndTheFirstAnnotatorsIgnoreExcuses() {
        List<AnnotatedNote> first = List.of(note("n1", false, s(A, List.of("missing-source"), List.of()),
                s(B, List.of(), List.of("judgemental")), s(C, List.of(), List.of())));
        List<AnnotatedNote> second = List.of(note("n1", true, s(A, List.of(), List.of("missing-source")),
                s(B, List.of("judgemental", "fact-opinion"), List.of()), s(C, List.of(), List.of())));
        Evaluator e = Agreement.compare(first, second);
        Evaluator.Counts ms = e.counts().get(Category.MISSING_SOURCE);
        assertEquals(0, ms.tp);
        assertEquals(1, ms.fn, "the second annotator's ignore is not a label");
        Evaluator.Counts j = e.counts().get(Category.JUDGEMENTAL);
        assertEquals(0, j.fp, "the first annotator ignored it");
        assertEquals(1, e.counts().get(Category.FACT_OPINION).fp);
        assertEquals(1, e.counts().get(Category.CHILD_VOICE).fp);
    }

    @Test
    void differentNotesOrSentencesAreRejected() {
        List<AnnotatedNote> first = List.of(note("n1", false, s(A, List.of(), List.of())));
        assertThrows(IllegalArgumentException.class,
                () -> Agreement.compare(first, List.of(note("n2", false, s(A, List.of(), List.of())))));
        assertThrows(IllegalArgumentException.class,
                () -> Agreement.compare(first, List.of(note("n1", false, s(B, List.of(), List.of())))));
        assertThrows(IllegalArgumentException.class,
                () -> Agreement.compare(first, List.of(note("n1", false, s(A, List.of(), List.of()),
                        s(B, List.of(), List.of())))));
    }
}
