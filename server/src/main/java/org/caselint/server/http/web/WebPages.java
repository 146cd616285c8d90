package org.caselint.server.http.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caselint.server.http.ApiException;
import org.caselint.server.http.GetRoutes;

/**
 * The practitioner's editor ({@code /}) and the trainer's page ({@code /train}) with their scripts and styles
 * ({@code /assets/NAME}), read once from {@code web/} on the classpath. Only the listed files are served (no path
 * is ever resolved from the request), and a Content-Security-Policy keeps the pages from loading anything from
 * elsewhere: everything a page needs comes from caselint itself.
 */
public final class WebPages {
    /** Every file the pages use; a missing one fails start-up, not a user's browser. */
    public static final List<String> ASSETS = List.of("caselint.css", "common.js", "editor.js", "train.js", "favicon.svg");

    /** The Content-Security-Policy of every page (the records' {@code /audit} page uses it too). */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private record Asset(byte[] bytes, String type) { }

    private final Map<String, Asset> assets = new LinkedHashMap<>();
    private final Asset index;
    private final Asset train;

    public WebPages() {
        index = load("index.html");
        train = load("train.html");
        for (String a : ASSETS) assets.put(a, load(a));
    }

    public void addTo(RoutesConfig routes) {
        GetRoutes.add(routes, "/", ctx -> send(ctx, index));
        GetRoutes.add(routes, "/train", ctx -> send(ctx, train));
        GetRoutes.add(routes, "/assets/{name}", ctx -> {
            Asset a = assets.get(ctx.pathParam("name"));
            if (a == null) throw ApiException.notFound("there is no asset " + ctx.pathParam("name"));
            send(ctx, a);
        });
    }

    private static void send(Context ctx, Asset a) {
        ctx.header("Content-Security-Policy", CSP).header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-cache")
                .contentType(a.type()).result(a.bytes());
    }

    private static Asset load(String name) {
        try (InputStream in = WebPages.class.getResourceAsStream("/web/" + name)) {
            if (in == null) throw new IllegalStateException("web page resource /web/" + name + " is not on the classpath");
            return new Asset(in.readAllBytes(), type(name));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read /web/" + name, e);
        }
    }

    private static String type(String name) {
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        if (name.endsWith(".css")) return "text/css; charset=utf-8";
        if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (name.endsWith(".svg")) return "image/svg+xml";
        return "application/octet-stream";
    }
}
