package org.caselint.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caselint.server.Main;
import org.caselint.server.http.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code caselint serve}: options, the data directory, and a service that answers as soon as it has started. */
class ServeCommandTest {
    @Test
    void startsOnAFreePortWithItsDataDirectory(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data").resolve("index");
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--port", "0", "--data", data.toString(), "--no-demo");
        App app = cmd.start();
        try {
            assertTrue(Files.isDirectory(data), "the data directory is created");
            assertTrue(Files.isDirectory(data.resolve("index")), "the record index is in it");
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://localhost:" + app.port();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"status\":\"ok\""), r.body());
            // the records API and the auditor page are wired in
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/records"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"S-1\",\"text\":\"Mum was aggressive.\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, post.statusCode(), post.body());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/records/S-1")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "/audit")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        } finally {
            app.stop();
            cmd.closeRecords();
        }
    }

    @Test
    void defaultsAreDocumented() {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs();
        assertEquals(7070, cmd.port);
        assertEquals(Path.of("data"), cmd.data);
        assertEquals("localhost", cmd.host);
        assertTrue(cmd.demo);
    }

    @Test
    void aBadPortIsBadUsage() {
        assertEquals(Main.BAD_INPUT, Main.execute("serve", "--port", "70000"));
    }
}
