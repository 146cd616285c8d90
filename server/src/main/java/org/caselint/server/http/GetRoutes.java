package org.caselint.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/**
 * Registers a read-only route for GET and for HEAD. HEAD asks for the same status and headers as GET without the
 * body (RFC 9110 §9.3.2; monitors and link checkers use it); Javalin routes each method separately, so every GET
 * route here answers HEAD with the same handler, and Jetty sends no body for a HEAD request.
 */
public final class GetRoutes {
    private GetRoutes() { }

    public static void add(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }
}
