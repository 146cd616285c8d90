package org.caselint.server.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.caselint.Linter;
import org.caselint.server.http.examples.ExampleCatalog;

/**
 * One running service for the whole test run, as in production: the standard {@link Linter} (models load once)
 * and the example pairs on the classpath, on a free loopback port. Stopped when the test JVM exits.
 */
public final class TestServer {
    private static final Linter LINTER = Linter.standard();
    private static final App APP = new App(LINTER, ExampleCatalog.fromClasspath()).start("localhost", 0);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(APP::stop));
    }

    private TestServer() { }

    public static Linter linter() { return LINTER; }

    public static int port() { return APP.port(); }

    public static String base() { return "http://localhost:" + APP.port(); }

    public static URI uri(String path) { return URI.create(base() + path); }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public static HttpResponse<String> post(String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) b.header("Content-Type", contentType);
        if (body.length <= 1_000_000) return send(b);
        // A body the server refuses by its length alone is answered 413 and the connection closed before the
        // client has finished writing it; the JDK client then sometimes reports the broken pipe instead of the
        // answer (a race on loopback). Try again a few times: the answer, when it is read, is what is tested.
        for (int attempt = 1; ; attempt++) {
            try {
                return send(b);
            } catch (IllegalStateException e) {
                if (attempt == 5 || !(e.getCause() instanceof IOException)) throw e;
            }
        }
    }

    public static HttpResponse<String> postJson(String path, String json) {
        return post(path, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
