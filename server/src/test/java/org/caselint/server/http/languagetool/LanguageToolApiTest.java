package org.caselint.server.http.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.caselint.server.Json;
import org.caselint.server.http.TestServer;
import org.junit.jupiter.api.Test;

/** The v2 JSON itself: every field LanguageTool clients read, annotated data, filters, languages. */
class LanguageToolApiTest {
    static JsonNode check(String... kv) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            if (sb.length() > 0) sb.append('&');
            sb.append(kv[i]).append('=').append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = TestServer.post("/v2/check", "application/x-www-form-urlencoded",
                sb.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return Json.mapper().readTree(r.body());
    }

    static JsonNode match(JsonNode res, String ruleId) {
        for (JsonNode m : res.get("matches")) if (m.get("rule").get("id").asText().equals(ruleId)) return m;
        return null;
    }

    @Test
    void responseHasEveryFieldOfTheV2Format() throws Exception {
        String text = "The CIN plan was agreed. Dad was aggressive.";
        JsonNode res = check("text", text, "language", "en-GB");
        for (String k : new String[] {"name", "version", "buildDate", "apiVersion", "premium", "status"}) {
            assertTrue(res.get("software").has(k), "software." + k);
        }
        assertTrue(res.get("warnings").has("incompleteResults"));
        assertEquals("en-GB", res.get("language").get("code").asText());
        assertEquals("en-GB", res.get("language").get("detectedLanguage").get("code").asText());
        JsonNode m = match(res, "acronym-undefined");
        for (String k : new String[] {"message", "shortMessage", "replacements", "offset", "length", "context",
                "sentence", "type", "rule", "ignoreForIncompleteSentence", "contextForSureMatch"}) {
            assertTrue(m.has(k), "match." + k);
        }
        assertEquals(text.indexOf("CIN"), m.get("offset").asInt());
        assertEquals("The CIN plan was agreed.", m.get("sentence").asText());
        JsonNode ctx = m.get("context");
        assertEquals("CIN", ctx.get("text").asText().substring(ctx.get("offset").asInt(), ctx.get("offset").asInt() + 3));
        assertEquals(3, ctx.get("length").asInt());
        JsonNode rule = m.get("rule");
        for (String k : new String[] {"id", "description", "issueType", "urls", "category"}) assertTrue(rule.has(k), "rule." + k);
        assertEquals("ACRONYM", rule.get("category").get("id").asText());
        assertTrue(m.get("replacements").isArray());
        assertEquals("[[0,24],[25,44]]", res.get("sentenceRanges").toString());
    }

    @Test
    void annotatedDataIsCheckedAsTextAndReportedAtOriginalOffsets() throws Exception {
        String data = "{\"annotation\": [{\"markup\": \"<p>\"}, {\"text\": \"The \"}, {\"markup\": \"<b>\"},"
                + " {\"text\": \"CIN\"}, {\"markup\": \"</b>\"}, {\"text\": \" plan was agreed.\"},"
                + " {\"markup\": \"</p><p>\", \"interpretAs\": \"\\n\\n\"}, {\"text\": \"Dad was aggressive.\"}, {\"markup\": \"</p>\"}]}";
        String original = "<p>The <b>CIN</b> plan was agreed.</p><p>Dad was aggressive.</p>";
        JsonNode res = check("data", data, "language", "en-GB");
        JsonNode cin = match(res, "acronym-undefined");
        assertEquals(original.indexOf("CIN"), cin.get("offset").asInt());
        assertEquals(3, cin.get("length").asInt());
        JsonNode label = match(res, "judgemental-unsupported");
        assertEquals(original.indexOf("aggressive"), label.get("offset").asInt());
        assertEquals("Dad was aggressive.", label.get("sentence").asText());
    }

    @Test
    void categoriesCanBeDisabledOrEnabledAlone() throws Exception {
        String text = "The CIN plan was agreed. Dad was aggressive.";
        JsonNode noAcronyms = check("text", text, "language", "en-GB", "disabledCategories", "ACRONYM");
        assertEquals(null, match(noAcronyms, "acronym-undefined"));
        assertTrue(match(noAcronyms, "judgemental-unsupported") != null);
        JsonNode onlyAcronyms = check("text", text, "language", "en", "enabledOnly", "true", "enabledCategories", "acronym");
        assertTrue(match(onlyAcronyms, "acronym-undefined") != null);
        assertEquals(null, match(onlyAcronyms, "judgemental-unsupported"));
        assertEquals("en", onlyAcronyms.get("language").get("code").asText());
    }

    /** A LanguageTool client sends no subject: the child the note is about is guessed, not taken for another child. */
    @Test
    void theChildOfANoteWithoutASubjectIsNotAnotherChild() throws Exception {
        String text = "Home visit to Kane Hill (11)\nKane showed me his room. His friend from school, Jay Price (12), "
                + "came round and they played on the Xbox. Kane told me he likes his new school.";
        JsonNode res = check("text", text, "language", "en-GB");
        java.util.List<String> others = new java.util.ArrayList<>();
        for (JsonNode m : res.get("matches")) {
            if (m.get("rule").get("category").get("id").asText().equals("THIRD_PARTY_CHILD")) {
                others.add(text.substring(m.get("offset").asInt(), m.get("offset").asInt() + m.get("length").asInt()));
            }
        }
        assertEquals(java.util.List.of("Jay Price"), others);
    }

    @Test
    void emptyTextGetsNoMatches() throws Exception {
        JsonNode res = check("text", "", "language", "en-GB", "level", "picky");
        assertEquals(0, res.get("matches").size());
    }

    @Test
    void getWithAQueryStringWorksToo() throws Exception {
        HttpResponse<String> r = TestServer.get("/v2/check?language=en-GB&text="
                + URLEncoder.encode("The CIN plan.", StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(match(Json.mapper().readTree(r.body()), "acronym-undefined") != null);
    }

    @Test
    void languagesListsEnglish() throws Exception {
        JsonNode langs = Json.mapper().readTree(TestServer.get("/v2/languages").body());
        boolean gb = false;
        for (JsonNode l : langs) {
            assertTrue(l.has("name") && l.has("code") && l.has("longCode"));
            gb |= l.get("longCode").asText().equals("en-GB");
        }
        assertTrue(gb);
    }
}
