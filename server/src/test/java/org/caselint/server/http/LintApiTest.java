package org.caselint.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caselint.model.Note;
import org.caselint.report.Report;
import org.caselint.server.Json;
import org.junit.jupiter.api.Test;

/** The JSON API against the running service: lint, rules, categories, examples, health. */
class LintApiTest {
    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    static JsonNode finding(JsonNode report, String rule, String text) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals(rule) && text.equals(f.path("text").asText(null))) return f;
        }
        return null;
    }

    @Test
    void lintReturnsTheReportTheLinterGives() throws Exception {
        String text = "Home visit. The CIN plan was discussed with Mum. Dad was aggressive.";
        HttpResponse<String> r = TestServer.postJson("/api/v1/lint",
                "{\"id\": \"N-1\", \"text\": \"" + text + "\", \"subject\": {\"name\": \"Jayden Smith\"}}");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        JsonNode report = json(r);
        assertEquals("N-1", report.get("id").asText());
        JsonNode cin = finding(report, "acronym-undefined", "CIN");
        assertTrue(cin != null, "an unexplained CIN is flagged: " + r.body());
        assertEquals(text.indexOf("CIN"), cin.get("start").asInt());
        assertEquals(text.indexOf("CIN") + 3, cin.get("end").asInt());
        assertEquals("acronym", cin.get("category").asText());
        assertTrue(finding(report, "judgemental-unsupported", "aggressive") != null, r.body());
        assertFalse(cin.has("noteLevel"), "only the contract's fields are written");

        // exactly what the library says about the same note
        Report direct = TestServer.linter().lint(Note.of("N-1", text).withSubject(Note.Subject.named("Jayden Smith")));
        assertEquals(Json.mapper().readTree(Json.mapper().writeValueAsString(direct)), report);
    }

    @Test
    void aNoteWithNoSubjectSaysWhichChildItWasReadAsAbout() throws Exception {
        String text = "Home visit to Kane Hill (11)\nKane showed me his room. Mum said Kane has been sleeping well.";
        JsonNode guessed = json(TestServer.postJson("/api/v1/lint",
                Json.mapper().writeValueAsString(java.util.Map.of("text", text))));
        assertEquals("Kane Hill", guessed.at("/guessedSubject/name").asText(), guessed.toString());
        assertEquals(11, guessed.at("/guessedSubject/age").asInt(), guessed.toString());

        JsonNode given = json(TestServer.postJson("/api/v1/lint", Json.mapper().writeValueAsString(
                java.util.Map.of("text", text, "subject", java.util.Map.of("name", "Kane Hill")))));
        assertFalse(given.has("guessedSubject"), "a child the note names is not a guess: " + given);

        JsonNode none = json(TestServer.postJson("/api/v1/lint",
                Json.mapper().writeValueAsString(java.util.Map.of("text", "The CIN meeting was moved to Tuesday."))));
        assertFalse(none.has("guessedSubject"), "no child to guess: " + none);
    }

    @Test
    void charsetUtf8IsAcceptedAndOffsetsAreUtf16() throws Exception {
        String text = "Mum said 😊 the CIN meeting was fine.";
        HttpResponse<String> r = TestServer.post("/api/v1/lint", "application/json; charset=UTF-8",
                Json.mapper().writeValueAsBytes(java.util.Map.of("text", text)));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode cin = finding(json(r), "acronym-undefined", "CIN");
        assertEquals(text.indexOf("CIN"), cin.get("start").asInt(), "UTF-16 offsets, as Java and JavaScript count");
    }

    @Test
    void concurrentRequestsGetTheirOwnReports() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String id = "N-" + i;
                String text = "Visit " + i + ". " + "The CIN plan was discussed. ".repeat(1 + i % 4) + "Dad was aggressive.";
                futures.add(pool.submit(() -> json(TestServer.postJson("/api/v1/lint",
                        Json.mapper().writeValueAsString(java.util.Map.of("id", id, "text", text))))));
            }
            for (int i = 0; i < futures.size(); i++) {
                JsonNode report = futures.get(i).get();
                assertEquals("N-" + i, report.get("id").asText());
                String text = "Visit " + i + ". " + "The CIN plan was discussed. ".repeat(1 + i % 4) + "Dad was aggressive.";
                JsonNode agg = finding(report, "judgemental-unsupported", "aggressive");
                assertTrue(agg != null, report.toString());
                assertEquals(text.indexOf("aggressive"), agg.get("start").asInt());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rulesCatalogueHasEveryRuleOfTheLinter() throws Exception {
        HttpResponse<String> r = TestServer.get("/api/v1/rules");
        assertEquals(200, r.statusCode());
        JsonNode rules = json(r);
        assertEquals(TestServer.linter().rules().size(), rules.size());
        for (JsonNode rule : rules) {
            for (String key : List.of("id", "category", "categoryLabel", "severity", "description", "standards", "examples")) {
                assertTrue(rule.has(key), rule.path("id") + " has " + key);
            }
            assertTrue(rule.get("examples").has("flag") && rule.get("examples").has("pass"));
        }
        assertTrue(rules.findValuesAsText("id").contains("acronym-undefined"));
    }

    @Test
    void categoriesHaveLabelsAndStandards() throws Exception {
        JsonNode cats = json(TestServer.get("/api/v1/categories"));
        assertTrue(cats.size() >= 7);
        for (JsonNode c : cats) {
            assertFalse(c.get("label").asText().isBlank());
            assertTrue(c.get("standards").size() > 0, c.toString());
        }
        assertTrue(cats.findValuesAsText("id").contains("child-voice"));
    }

    @Test
    void examplesAreAListWithReportsOnBothPassages() throws Exception {
        HttpResponse<String> r = TestServer.get("/api/v1/examples");
        assertEquals(200, r.statusCode());
        JsonNode examples = json(r);
        assertTrue(examples.isArray());
        for (JsonNode e : examples) {
            assertTrue(e.get("reports").get("bad").has("score"), e.path("id").asText());
            assertTrue(e.get("reports").get("good").has("score"), e.path("id").asText());
        }
    }

    @Test
    void healthSaysOk() throws Exception {
        HttpResponse<String> r = TestServer.get("/health");
        assertEquals(200, r.statusCode());
        JsonNode h = json(r);
        assertEquals("ok", h.get("status").asText());
        assertEquals(TestServer.linter().rules().size(), h.get("rules").asInt());
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrors() throws Exception {
        HttpResponse<String> r = TestServer.get("/api/v1/nothing-here");
        assertEquals(404, r.statusCode());
        assertEquals("not-found", json(r).get("error").get("code").asText());
        HttpResponse<String> m = TestServer.send(java.net.http.HttpRequest.newBuilder(TestServer.uri("/api/v1/lint"))
                .method("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, m.statusCode());
        assertEquals("method-not-allowed", json(m).get("error").get("code").asText());
    }
}
