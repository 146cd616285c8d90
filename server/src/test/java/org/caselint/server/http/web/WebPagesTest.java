package org.caselint.server.http.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caselint.server.http.TestServer;
import org.junit.jupiter.api.Test;

/** The pages and their assets are served by caselint with a policy that forbids loading anything from elsewhere. */
class WebPagesTest {
    /** Any absolute URL or protocol-relative reference, except the SVG namespace (a name, never fetched). */
    static final Pattern EXTERNAL = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}");

    static List<String> paths() {
        List<String> p = new ArrayList<>(List.of("/", "/train"));
        for (String a : WebPages.ASSETS) p.add("/assets/" + a);
        return p;
    }

    @Test
    void everyPageAndAssetIsServedWithTheContentPolicy() {
        for (String path : paths()) {
            HttpResponse<String> r = TestServer.get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals(WebPages.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertFalse(r.body().isBlank(), path);
        }
        assertTrue(TestServer.get("/").headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(TestServer.get("/assets/editor.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    }

    @Test
    void nothingRefersToAnotherHost() {
        for (String path : paths()) {
            String body = TestServer.get(path).body().replace("http://www.w3.org/2000/svg", "");
            Matcher m = EXTERNAL.matcher(body);
            assertFalse(m.find(), path + " refers to " + (m.hitEnd() ? "" : body.substring(m.start(), Math.min(body.length(), m.end() + 20))));
        }
    }

    @Test
    void onlyListedAssetsAreServed() {
        assertEquals(404, TestServer.get("/assets/nothing.js").statusCode());
        assertEquals(404, TestServer.get("/assets/..%2Fsimplelogger.properties").statusCode());
        assertEquals(404, TestServer.get("/assets/%2e%2e/index.html").statusCode());
    }
}
