package org.caselint.server.records.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.caselint.server.http.App;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.caselint.model.Note;
import org.caselint.server.Json;
import org.caselint.server.records.RecordStore;
import org.caselint.server.records.TestLinter;
import org.caselint.server.records.generate.RecordGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records routes over real HTTP on a free port, with a real index on disk. */
class RecordRoutesTest {
    @TempDir static Path dir;
    static RecordStore store;
    static App app;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = Json.mapper();

    @BeforeAll
    static void start() throws IOException {
        store = RecordStore.open(TestLinter.get(), dir);
        app = RecordsTestServer.start(TestLinter.get(), store);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() throws IOException {
        app.stop();
        store.close();
    }

    static HttpResponse<String> post(String path, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (type != null) b.header("Content-Type", type);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertError(HttpResponse<String> r, int status, String code) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode e = json.readTree(r.body()).get("error");
        assertEquals(code, e.get("code").asText(), r.body());
        assertTrue(e.get("message").asText().length() > 5);
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void postOneNoteThenGetIt() throws Exception {
        Note n = new Note("H-1", "Mum was aggressive throughout the visit.", new Note.Subject("Kai Turner", null, 8),
                List.of("Gemma Turner"), new Note.Author("Sam Firth", "Social Worker", "Team H", "Children's Services"),
                "C-9", "home visit", "2024-04-02", "2024-04-03", false);
        HttpResponse<String> r = post("/api/v1/records", "application/json", json.writeValueAsString(n));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode ack = json.readTree(r.body());
        assertEquals(1, ack.get("count").asInt());
        assertEquals("H-1", ack.get("ids").get(0).asText());

        HttpResponse<String> g = get("/api/v1/records/H-1");
        assertEquals(200, g.statusCode());
        JsonNode rec = json.readTree(g.body());
        assertEquals("Mum was aggressive throughout the visit.", rec.get("text").asText());
        assertEquals("Team H", rec.get("author").get("team").asText());
        assertEquals("2024-04-02", rec.get("eventDate").asText());
        assertTrue(rec.get("score").asInt() < 100);
        assertTrue(rec.get("findings").findValuesAsText("term").contains("aggressive"));

        // HEAD: whether a record exists, without its text
        HttpResponse<String> h = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/records/H-1"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, h.statusCode());
        assertEquals("", h.body());
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/records/H-404"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertEquals("", missing.body());
    }

    @Test
    void deleteARecord() throws Exception {
        assertEquals(200, post("/api/v1/records", "application/json", "{\"id\":\"DEL-1\",\"text\":\"Mum was hostile.\"}").statusCode());
        assertEquals(200, get("/api/v1/records/DEL-1").statusCode());
        HttpResponse<String> d = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/records/DEL-1")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, d.statusCode());
        assertEquals("", d.body());
        assertError(get("/api/v1/records/DEL-1"), 404, "not-found");
        assertError(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/records/DEL-1")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString()), 404, "not-found");
    }

    @Test
    void postManyAsNdjson() throws Exception {
        List<Note> notes = RecordGenerator.stream(21, 30).map(n -> new Note("ND-" + n.id(), n.text(), n.subject(), n.family(),
                n.author(), n.childId(), n.kind(), n.eventDate(), n.recordedDate(), n.restricted())).toList();
        String body = notes.stream().map(n -> {
            try {
                return json.writeValueAsString(n);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }).collect(Collectors.joining("\n", "", "\n"));
        HttpResponse<String> r = post("/api/v1/records", "application/x-ndjson", body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode ack = json.readTree(r.body());
        assertEquals(30, ack.get("count").asInt());
        assertEquals(notes.get(29).id(), ack.get("ids").get(29).asText());
        for (Note n : notes) assertEquals(200, get("/api/v1/records/" + n.id()).statusCode());
    }

    @Test
    void anNdjsonBatchMayBeLargerThanOneLintRequest() throws Exception {
        // 3 MiB: over the service's 2 MiB limit for one note, under the 32 MiB limit for a batch of records
        String body = "{\"id\":\"BIG-1\",\"text\":\"Kai showed me his bedroom.\"}\n" + "\n".repeat(3 << 20);
        HttpResponse<String> r = post("/api/v1/records", "application/x-ndjson", body);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, json.readTree(r.body()).get("count").asInt());
    }

    @Test
    void aBadLineRejectsTheWholeRequest() throws Exception {
        String body = "{\"id\":\"BAD-1\",\"text\":\"Fine note.\"}\n{\"id\":\"BAD-2\",\"text\":\n";
        HttpResponse<String> r = post("/api/v1/records", "application/x-ndjson", body);
        assertError(r, 400, "bad-json");
        assertTrue(json.readTree(r.body()).get("error").get("message").asText().startsWith("line 2:"));
        assertError(get("/api/v1/records/BAD-1"), 404, "not-found");
    }

    @Test
    void errors() throws Exception {
        assertError(post("/api/v1/records", "text/plain", "hello"), 415, "unsupported-media-type");
        assertError(post("/api/v1/records", "application/json", "{\"id\":\"E-1\"}"), 400, "bad-note");
        assertError(post("/api/v1/records", "application/json", "[1,2]"), 400, "bad-note");
        assertError(post("/api/v1/records", "application/json", "{oops"), 400, "bad-json");
        assertError(post("/api/v1/records", "application/x-ndjson", "\n\n"), 400, "no-records");
        assertError(post("/api/v1/records", "application/x-ndjson", "{\"id\":\"L-1\",\"text\":\"" + "a ".repeat(100_001) + "\"}\n"),
                413, "too-large");
        assertError(get("/api/v1/records/none-such"), 404, "not-found");
        assertError(get("/api/v1/search?q=" + enc("\"unclosed")), 400, "bad-query");
        assertError(get("/api/v1/search?size=5000"), 400, "bad-size");
        assertError(get("/api/v1/search?from=yesterday"), 400, "bad-date");
        assertError(get("/api/v1/search.csv?limit=0"), 400, "bad-parameter");
        HttpRequest big = HttpRequest.newBuilder(URI.create(base + "/api/v1/records")).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[RecordRoutes.MAX_BODY + 10])).build();
        assertError(http.send(big, HttpResponse.BodyHandlers.ofString()), 413, "too-large");
    }

    @Test
    void searchJsonAndCsvAgree() throws Exception {
        String body = "{\"id\":\"S-1\",\"text\":\"Dad was aggressive, =cmd.\",\"author\":{\"name\":\"Ruth Lister\",\"team\":\"Team S\"},\"eventDate\":\"2023-06-01\"}\n"
                + "{\"id\":\"S-2\",\"text\":\"Mum was aggressive and rude.\",\"author\":{\"name\":\"Ruth Lister\",\"team\":\"Team S\"},\"eventDate\":\"2023-07-01\"}\n"
                + "{\"id\":\"S-3\",\"text\":\"Kai showed me his room.\",\"author\":{\"name\":\"Ruth Lister\",\"team\":\"Team S\"},\"eventDate\":\"2023-08-01\"}\n";
        assertEquals(200, post("/api/v1/records", "application/x-ndjson", body).statusCode());
        HttpResponse<String> r = get("/api/v1/search?q=aggressive&team=" + enc("Team S") + "&sort=date");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode res = json.readTree(r.body());
        assertEquals(2, res.get("total").asInt());
        assertEquals("S-2", res.get("hits").get(0).get("id").asText());
        assertTrue(res.get("hits").get(0).get("snippets").get(0).asText().contains("<mark class=\"q f-judgemental\">aggressive</mark>"));
        assertEquals(2, res.get("facets").get("team").get(0).get("count").asInt());
        assertEquals("2023-06", res.get("trend").get(0).get("month").asText());

        HttpResponse<String> csv = get("/api/v1/search.csv?q=aggressive&team=" + enc("Team S") + "&sort=date");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("id,eventDate,"));
        assertTrue(lines[1].startsWith("S-2,2023-07-01,"));
        assertTrue(lines[2].startsWith("S-1,2023-06-01,"));
    }

    static HttpResponse<String> head(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void headOnSearchAnswersAsGetWouldWithoutABody() throws Exception {
        for (String path : List.of("/api/v1/search?q=aggressive", "/api/v1/search.csv?q=aggressive&limit=5")) {
            HttpResponse<String> get = get(path);
            HttpResponse<String> head = head(path);
            assertEquals(200, get.statusCode(), path);
            assertEquals(200, head.statusCode(), path);
            assertEquals("", head.body(), path);
            for (String h : List.of("Content-Type", "Cache-Control", "Content-Disposition")) {
                assertEquals(get.headers().firstValue(h), head.headers().firstValue(h), path + " " + h);
            }
        }
        // what GET refuses, HEAD refuses with the same status
        for (String path : List.of("/api/v1/search?q=" + enc("\"unclosed"), "/api/v1/search?size=5000",
                "/api/v1/search.csv?q=" + enc("(open"), "/api/v1/search.csv?limit=0")) {
            assertEquals(400, get(path).statusCode(), path);
            HttpResponse<String> head = head(path);
            assertEquals(400, head.statusCode(), path);
            assertEquals("", head.body(), path);
        }
    }

    @Test
    void theAuditPageIsServedWithoutExternalResources() throws Exception {
        HttpResponse<String> page = get("/audit");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("/audit/audit.js"));
        for (String f : List.of("/audit/audit.js", "/audit/audit.css")) {
            HttpResponse<String> r = get(f);
            assertEquals(200, r.statusCode(), f);
            assertTrue(!r.body().contains("http://") || r.body().contains("http://www.w3.org/2000/svg"), f);
            assertTrue(!r.body().contains("https://"), f);
        }
        assertTrue(!page.body().contains("https://"));
        assertEquals(404, get("/audit/secret.txt").statusCode());
    }
}
