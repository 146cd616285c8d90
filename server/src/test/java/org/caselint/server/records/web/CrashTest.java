package org.caselint.server.records.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.caselint.model.Note;
import org.caselint.server.Json;
import org.caselint.server.records.generate.RecordGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: a real server process ingests records one at a time; it is killed with SIGKILL
 * ({@link Process#destroyForcibly}) while a request is in flight; the index must then pass Lucene's
 * {@link CheckIndex} and a restarted server must return every record it had acknowledged, and none of the records
 * it had acknowledged deleting.
 */
class CrashTest {
    static final int KILL_AFTER = 300;
    static final int DELETED = 5;
    static final ObjectMapper json = Json.mapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir Path tmp;

    record Server(Process process, String base) { }

    Server start(Path data, String name) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                RecordsTestServer.class.getName(), data.toString());
        pb.redirectError(tmp.resolve(name + ".err").toFile());
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> port = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) if (line.startsWith("PORT ")) return line.substring(5).strip();
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String n = port.get(180, TimeUnit.SECONDS);
            if (n == null) fail("the server exited before listening; see " + tmp.resolve(name + ".err"));
            return new Server(p, "http://127.0.0.1:" + n);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new AssertionError("the server did not start: " + e, e);
        }
    }

    HttpRequest post(Server s, Note n) throws IOException {
        return HttpRequest.newBuilder(URI.create(s.base() + "/api/v1/records")).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(n))).build();
    }

    @Test
    void everyAcknowledgedRecordSurvivesKill9() throws Exception {
        Path data = tmp.resolve("data");
        Server s = start(data, "first");
        List<String> acked = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        Iterator<Note> gen = new RecordGenerator(99, KILL_AFTER + 10);
        CompletableFuture<HttpResponse<String>> inFlight;
        try {
            while (acked.size() < KILL_AFTER) {
                Note n = gen.next();
                HttpResponse<String> r = http.send(post(s, n), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                JsonNode ack = json.readTree(r.body());
                assertEquals(n.id(), ack.get("ids").get(0).asText());
                acked.add(n.id());
            }
            // Delete a few acknowledged records just before the kill: their deletions may be only in the log.
            for (int k = 0; k < DELETED; k++) {
                String id = acked.remove(acked.size() - 1 - k * 7);
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/v1/records/" + id))
                        .DELETE().build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(204, r.statusCode(), r.body());
                deleted.add(id);
            }
            // Kill while the next record is being analysed or committed: it was never acknowledged.
            inFlight = http.sendAsync(post(s, gen.next()), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(5);
        } finally {
            s.process().destroyForcibly();
            assertTrue(s.process().waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(inFlight.handle((r, e) -> r == null || r.statusCode() == 200).get(30, TimeUnit.SECONDS));

        try (Directory d = FSDirectory.open(data.resolve("index")); CheckIndex check = new CheckIndex(d)) {
            CheckIndex.Status status = check.checkIndex();
            assertTrue(status.clean, "the index is not clean after kill -9");
        }

        Server again = start(data, "second");
        try {
            for (String id : acked) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(again.base() + "/api/v1/records/" + id))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), "acknowledged record " + id + " was lost");
                assertEquals(id, json.readTree(r.body()).get("id").asText());
            }
            for (String id : deleted) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(again.base() + "/api/v1/records/" + id))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(404, r.statusCode(), "deleted record " + id + " came back");
            }
            HttpResponse<String> all = http.send(HttpRequest.newBuilder(URI.create(again.base() + "/api/v1/search?facets=false&highlight=false"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            long total = json.readTree(all.body()).get("total").asLong();
            assertTrue(total == KILL_AFTER - DELETED || total == KILL_AFTER - DELETED + 1, "total " + total);
        } finally {
            again.process().destroyForcibly();
            again.process().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
