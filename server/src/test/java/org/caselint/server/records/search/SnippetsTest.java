package org.caselint.server.records.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Severity;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    private static Finding span(String text, String word, Category c) {
        int s = text.indexOf(word);
        return Finding.span("r", c, text, s, s + word.length(), "m", List.of(), Severity.WARNING, List.of(), word);
    }

    @Test
    void marksQueryMatchesAndFlaggedSpansAndEscapesTheRest() {
        String text = "Dad said <go away> & was aggressive. The CIN plan is on track.";
        int q = text.indexOf("aggressive");
        List<String> s = Snippets.build(text, List.<int[]>of(new int[]{q, q + 10}),
                List.of(span(text, "aggressive", Category.JUDGEMENTAL), span(text, "CIN", Category.ACRONYM)), Set.of(), 3);
        assertEquals(1, s.size());
        String html = s.get(0);
        assertTrue(html.contains("&lt;go away&gt; &amp; was <mark class=\"q f-judgemental\">aggressive</mark>"), html);
        assertTrue(html.contains("<mark class=\"f-acronym\">CIN</mark>"), html);
        assertFalse(html.contains("<go"), html);
    }

    @Test
    void aQueryMatchInsideALongerFlaggedSpanSplitsIntoMarks() {
        String text = "It is evident that dad is the main risk.";
        int q = text.indexOf("evident");
        List<String> s = Snippets.build(text, List.<int[]>of(new int[]{q, q + 7}),
                List.of(span(text, "It is evident", Category.FACT_OPINION)), Set.of(), 3);
        assertEquals("<mark class=\"f-fact-opinion\">It is </mark><mark class=\"q f-fact-opinion\">evident</mark> that dad is the main risk.",
                s.get(0));
    }

    @Test
    void windowsAroundDistantSpansWithEllipsesAndPreferredCategoriesFirst() {
        String filler = "word ".repeat(80);
        String text = "Mum was hostile. " + filler + "The CIN meeting. " + filler + "The house was filthy.";
        List<Finding> fs = List.of(span(text, "hostile", Category.JUDGEMENTAL), span(text, "CIN", Category.ACRONYM),
                span(text, "filthy", Category.JUDGEMENTAL));
        List<String> two = Snippets.build(text, List.of(), fs, Set.of("judgemental"), 2);
        assertEquals(2, two.size());
        assertTrue(two.get(0).contains("<mark class=\"f-judgemental\">hostile</mark>"));
        assertTrue(two.get(1).startsWith("\u2026") && two.get(1).contains("filthy"), two.get(1));
        assertTrue(two.get(0).endsWith("\u2026"));
    }

    @Test
    void noMatchesGiveTheStartOfTheNote() {
        List<String> s = Snippets.build("A short note.", List.of(), List.of(), Set.of(), 3);
        assertEquals(List.of("A short note."), s);
    }
}
