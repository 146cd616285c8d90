package org.caselint.server.http.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.caselint.server.http.TestServer;
import org.junit.jupiter.api.Test;
import org.languagetool.remote.CheckConfigurationBuilder;
import org.languagetool.remote.RemoteLanguageTool;
import org.languagetool.remote.RemoteResult;
import org.languagetool.remote.RemoteRuleMatch;

/** LanguageTool's own Java client ({@link RemoteLanguageTool}) against the running service gets our findings. */
class LanguageToolClientTest {
    static final String TEXT = "Home visit today. The CIN plan was discussed with Mum.\nDad was aggressive.";

    static RemoteLanguageTool client() throws Exception {
        return new RemoteLanguageTool(new URL(TestServer.base()));
    }

    static RemoteRuleMatch match(RemoteResult r, String ruleId) {
        return r.getMatches().stream().filter(m -> m.getRuleId().equals(ruleId)).findFirst().orElse(null);
    }

    @Test
    void theClientReadsOurFindingsAsMatches() throws Exception {
        RemoteResult r = client().check(TEXT, "en-GB");
        assertEquals("en-GB", r.getLanguageCode());
        assertEquals("English (GB)", r.getLanguage());
        assertEquals("caselint", r.getRemoteServer().getSoftware());

        RemoteRuleMatch cin = match(r, "acronym-undefined");
        assertTrue(cin != null, "the acronym comes back: " + r);
        assertEquals(TEXT.indexOf("CIN"), cin.getErrorOffset());
        assertEquals(3, cin.getErrorLength());
        assertEquals("CIN", cin.getContext().substring(cin.getContextOffset(), cin.getContextOffset() + cin.getErrorLength()));
        assertFalse(cin.getMessage().isBlank());
        assertFalse(cin.getRuleDescription().isBlank());
        assertEquals("ACRONYM", cin.getCategoryId().orElseThrow());
        assertEquals("terminology", cin.getLocQualityIssueType().orElseThrow());
        assertTrue(cin.getUrl().orElseThrow().endsWith("/train?category=acronym"));

        RemoteRuleMatch label = match(r, "judgemental-unsupported");
        assertTrue(label != null, "the judgemental label comes back: " + r);
        assertEquals(TEXT.indexOf("aggressive"), label.getErrorOffset());
        assertEquals("JUDGEMENTAL", label.getCategoryId().orElseThrow());
    }

    @Test
    void disabledRulesAndEnabledOnlyAreHonoured() throws Exception {
        RemoteResult without = client().check(TEXT,
                new CheckConfigurationBuilder("en-GB").disabledRuleIds("acronym-undefined").build());
        assertTrue(match(without, "acronym-undefined") == null);
        assertTrue(match(without, "judgemental-unsupported") != null);

        RemoteResult only = client().check(TEXT, new CheckConfigurationBuilder("en-GB")
                .enabledRuleIds(List.of("judgemental-unsupported")).enabledOnly().build());
        assertTrue(only.getMatches().stream().allMatch(m -> m.getRuleId().equals("judgemental-unsupported")), only.toString());
        assertFalse(only.getMatches().isEmpty());
    }

    @Test
    void autoDetectAnswersEnglish() throws Exception {
        RemoteResult r = client().check(TEXT, new CheckConfigurationBuilder().build());
        assertEquals("en-GB", r.getLanguageDetectedCode());
        assertTrue(match(r, "acronym-undefined") != null);
    }

    @Test
    void noteLevelFindingsComeBackOverTheFirstSentence() throws Exception {
        String text = "Home visit to the family. Mum and I talked about the school run and the holidays.\nJayden was playing in the garden.";
        List<org.caselint.report.Finding> noteLevel = TestServer.linter().lint(org.caselint.model.Note.of(null, text))
                .findings().stream().filter(org.caselint.report.Finding::isNoteLevel).toList();
        assertFalse(noteLevel.isEmpty(), "a note without the child's words has a note-level (child's voice) finding");
        RemoteResult r = client().check(text, "en-GB");
        for (org.caselint.report.Finding f : noteLevel) {
            RemoteRuleMatch m = match(r, f.rule());
            assertTrue(m != null, f.rule() + " comes back: " + r);
            assertEquals(0, m.getErrorOffset());
            assertEquals("Home visit to the family.".length(), m.getErrorLength());
            assertEquals(f.message(), m.getMessage());
        }
    }
}
