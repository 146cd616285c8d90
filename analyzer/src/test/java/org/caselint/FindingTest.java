package org.caselint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Report;
import org.caselint.report.Severity;
import org.junit.jupiter.api.Test;

class FindingTest {
    @Test
    void rejectsBadSpans() {
        String text = "The CIN meeting.";
        assertThrows(IllegalArgumentException.class,
                () -> Finding.span("r", Category.ACRONYM, text, 5, 5, "m", List.of(), Severity.INFO, List.of(), null));
        assertThrows(IllegalArgumentException.class,
                () -> Finding.span("r", Category.ACRONYM, text, -1, 3, "m", List.of(), Severity.INFO, List.of(), null));
        assertThrows(IllegalArgumentException.class,
                () -> Finding.span("r", Category.ACRONYM, text, 4, 99, "m", List.of(), Severity.INFO, List.of(), null));
        assertThrows(IllegalArgumentException.class,
                () -> new Finding("r", Category.ACRONYM, "span", 4, 7, "CI", "m", List.of(), Severity.INFO, List.of(), null));
    }

    @Test
    void spanTextIsTheSubstring() {
        String text = "The “CIN” meeting.";
        Finding f = Finding.span("r", Category.ACRONYM, text, 5, 8, "m", List.of(), Severity.INFO, List.of(), null);
        assertEquals("CIN", f.text());
    }

    @Test
    void scoreFallsWithSeverityAndRepeatsCountLess() {
        String text = "aaaa bbbb cccc";
        Finding w1 = Finding.span("r", Category.JARGON, text, 0, 4, "m", List.of(), Severity.WARNING, List.of(), "t");
        Finding w2 = Finding.span("r", Category.JARGON, text, 5, 9, "m", List.of(), Severity.WARNING, List.of(), "t");
        Finding e = Finding.note("v", Category.CHILD_VOICE, "m", List.of(), Severity.ERROR, List.of());
        assertEquals(100, Report.of("a", List.of()).score());
        assertEquals(92, Report.of("a", List.of(w1)).score());
        assertEquals(88, Report.of("a", List.of(w1, w2)).score());
        assertEquals(73, Report.of("a", List.of(w1, w2, e)).score());
        assertEquals(e, Report.of("a", List.of(w1, e)).findings().get(0), "note-level findings come first");
    }
}
