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
    void headOnAPostOnlyRouteIsNotAllowed() {
        HttpResponse<String> head = TestServer.send(HttpRequest.newBuilder(TestServer.uri("/api/v1/lint"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, head.statusCode());
    }
}
