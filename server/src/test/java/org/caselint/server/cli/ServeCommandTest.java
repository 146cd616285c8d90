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
        new CommandLine(cmd).parseArgs("--port", "0", "--data", data.toString());
        App app = cmd.start();
        try {
            assertTrue(Files.isDirectory(data), "the data directory is created");
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"status\":\"ok\""), r.body());
        } finally {
            app.stop();
        }
    }

    @Test
    void defaultsAreDocumented() {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs();
        assertEquals(7070, cmd.port);
        assertEquals(Path.of("data"), cmd.data);
        assertEquals("localhost", cmd.host);
    }

    @Test
    void aBadPortIsBadUsage() {
        assertEquals(Main.BAD_INPUT, Main.execute("serve", "--port", "70000"));
    }
}
