package org.caselint.server.http;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caselint.Linter;
import org.caselint.server.BuildInfo;
import org.caselint.server.Json;
import org.caselint.server.http.examples.ExampleCatalog;
import org.caselint.server.http.examples.ExamplesHandler;
import org.caselint.server.http.languagetool.CheckHandler;
import org.caselint.server.http.lint.LintHandler;
import org.caselint.server.http.rules.RulesHandler;
import org.caselint.server.http.web.WebPages;
import org.caselint.server.records.RecordStore;
import org.caselint.server.records.web.RecordRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP service, built from its dependencies: a ready {@link Linter} (its models already loaded, so no request
 * pays for them) and the trainer's examples. Each feature's handler adds its own routes; errors become JSON in
 * one place ({@link ErrorMapper}). The access log has method, path, status and time: never a query string, a
 * body or note text. {@link #start} opens the port; the instance is then safe for concurrent requests.
 *
 * <pre>{@code
 * App app = new App(Linter.standard(), ExampleCatalog.fromClasspath()).start("localhost", 7070);
 * ...
 * app.stop();
 * }</pre>
 */
public final class App {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final Javalin javalin;
    private final Instant created = Instant.now();

    /** The service without the records and auditor search (no data directory). */
    public App(Linter linter, ExampleCatalog examples) {
        this(linter, examples, null);
    }

    /**
     * The whole service; {@code records} (or null for none) adds {@code /api/v1/records}, {@code /api/v1/search}
     * and the {@code /audit} page. The caller opens and closes the store.
     */
    public App(Linter linter, ExampleCatalog examples, RecordStore records) {
        LintHandler lint = new LintHandler(linter);
        RulesHandler rules = new RulesHandler(linter);
        ExamplesHandler trainerExamples = new ExamplesHandler(linter, examples);
        CheckHandler languageTool = new CheckHandler(linter, BuildInfo.version(), BuildInfo.buildDate());
        WebPages pages = new WebPages();
        RecordRoutes recordRoutes = records == null ? null : new RecordRoutes(records);
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("version", BuildInfo.version());
        health.put("rules", rules.rules().size());
        health.put("examples", trainerExamples.size());
        this.javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = Bodies.MAX_BODY_BYTES;
            cfg.http.prefer405over404 = true;
            cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            cfg.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {}ms", ctx.method(), LogSafe.path(ctx.path()),
                    ctx.statusCode(), String.format("%.1f", ms)));
            ErrorMapper.register(cfg.routes);
            GetRoutes.add(cfg.routes, "/health", ctx -> {
                Map<String, Object> h = new LinkedHashMap<>(health);
                h.put("uptimeSeconds", Duration.between(created, Instant.now()).toSeconds());
                Responses.json(ctx, h);
            });
            lint.addTo(cfg.routes);
            rules.addTo(cfg.routes);
            trainerExamples.addTo(cfg.routes);
            languageTool.addTo(cfg.routes);
            pages.addTo(cfg.routes);
            if (recordRoutes != null) recordRoutes.addTo(cfg.routes);
        });
    }

    /** Opens the port ({@code 0} picks a free one; see {@link #port()}). */
    public App start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    /** The port the service listens on, once started. */
    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }
}
