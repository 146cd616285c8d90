package org.caselint.server.http.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Report;
import org.caselint.report.Severity;
import org.caselint.server.http.TestServer;
import org.junit.jupiter.api.Test;

/**
 * How findings become LanguageTool matches, on reports built from real findings: a note-level finding lands on the
 * first sentence, span findings keep their offsets, and matches come in offset order.
 */
class CheckResponseMappingTest {
    final CheckHandler handler = new CheckHandler(TestServer.linter(), "test", "today");

    @Test
    void noteLevelFindingIsAMatchOverTheFirstSentence() {
        String text = "  Home visit to Jayden. Mum made tea.\nWe talked about school.";
        CheckRequest req = CheckRequest.parse(Map.of("text", text, "language", "en-GB"));
        Finding voice = Finding.note("child-voice-missing", Category.CHILD_VOICE,
                "The note does not record what Jayden said, felt or wanted.", List.of(), Severity.WARNING, List.of("Tees 16"));
        Finding span = Finding.span("acronym-undefined", Category.ACRONYM, text, text.indexOf("Mum"), text.indexOf("Mum") + 3,
                "m", List.of("x"), Severity.WARNING, List.of("Tees 3"), "t");
        CheckResponse res = handler.respond(req, Report.of("n", List.of(span, voice)), null);
        assertEquals(2, res.matches().size());
        CheckResponse.Match first = res.matches().get(0);
        assertEquals("child-voice-missing", first.rule().id());
        assertEquals(2, first.offset());
        assertEquals("Home visit to Jayden.".length(), first.length());
        assertEquals("Home visit to Jayden.", first.sentence());
        assertEquals("omission", first.rule().issueType());
        assertEquals("CHILD_VOICE", first.rule().category().id());
        assertEquals(text.indexOf("Mum"), res.matches().get(1).offset());
        assertEquals("Mum made tea.", res.matches().get(1).sentence());
        assertEquals(3, res.sentenceRanges().size());
    }

    @Test
    void disabledCategoryDropsTheNoteLevelMatch() {
        String text = "Home visit.";
        CheckRequest req = CheckRequest.parse(Map.of("text", text, "language", "en", "disabledCategories", "child-voice"));
        Finding voice = Finding.note("child-voice-missing", Category.CHILD_VOICE, "m", List.of(), Severity.WARNING, List.of());
        assertEquals(0, handler.respond(req, Report.of("n", List.of(voice)), null).matches().size());
    }
}
