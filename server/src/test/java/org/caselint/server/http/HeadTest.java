package org.caselint.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HEAD on every read-only route: GET's status and content type, and no body. */
class HeadTest {

    @ParameterizedTest(name = "HEAD {0}")
    @ValueSource(strings = {"/health", "/api/v1/rules", "/api/v1/categories", "/api/v1/examples", "/v2/languages", "/",
            "/train", "/assets/caselint.css"})
    void headAnswersLikeGetWithoutABody(String path) {
        HttpResponse<String> get = TestServer.get(path);
        HttpResponse<String> head = TestServer.send(HttpRequest.newBuilder(TestServer.uri(path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, get.statusCode(), path);
        assertEquals(get.statusCode(), head.statusCode(), path);
        assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
        assertTrue(!get.body().isEmpty(), path);
        assertEquals("", head.body(), path);
    }

    @Test
    void headOnTheLanguageToolCheckValidatesWithoutABody() {
        String ok = "/v2/check?language=en-GB&text=" + java.net.URLEncoder.encode("Mum was aggressive.", java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> get = TestServer.get(ok);
        HttpResponse<String> head = TestServer.send(HttpRequest.newBuilder(TestServer.uri(ok))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, get.statusCode());
        assertTrue(get.body().contains("aggressive"));
        assertEquals(200, head.statusCode());
        assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
        assertEquals("", head.body());
        String bad = "/v2/check?text=hello"; // no language: refused by GET and by HEAD alike
        int status = TestServer.get(bad).statusCode();
        assertEquals(400, status);
        assertEquals(status, TestServer.send(HttpRequest.newBuilder(TestServer.uri(bad))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode());
    }

    @Test
    void headOnAPostOnlyRouteIsNotAllowed() {
        HttpResponse<String> head = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/api/v1/lint"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, head.statusCode());
    }
}
