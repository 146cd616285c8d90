package org.caselint.server.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.caselint.Linter;
import org.caselint.model.Note;
import org.caselint.server.BadInputException;
import org.caselint.server.Json;
import org.caselint.server.http.App;
import org.caselint.server.http.examples.ExampleCatalog;
import org.caselint.server.records.DemoData;
import org.caselint.server.records.RecordStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code caselint serve}: loads the models, lints one invented warm-up note (so the first real request pays for
 * neither loading nor first-call initialisation), then opens the port and serves until the process is stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the HTTP service: the practitioner's editor at /, the trainer's page at /train,",
                "the auditor's search at /audit, the JSON API under /api/v1 and LanguageTool's API v2 under /v2.",
                "An empty data directory gets 3000 invented demo records, loaded in the background."})
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    /** Invented: exercises sentences, tokens, quotes, names and every check before the port opens. */
    static final String WARM_UP = "Home visit. I saw Jayden in the kitchen with Mum. Jayden said \"I like my new school\". "
            + "The CIN plan was discussed. Contact with Dad is on Saturday. Mum was aggressive on the phone.";

    @Option(names = "--port", defaultValue = "7070", description = "port to listen on (0 picks a free one; default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "localhost",
            description = "address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface, e.g. behind a proxy)")
    String host;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
            description = "directory for the record index (created if missing; default ./${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--demo", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "load " + DemoData.COUNT + " invented demo records into an empty record index (default true)")
    boolean demo;

    @Spec CommandSpec spec;

    /** The record index of this process, opened by {@link #start}. */
    private RecordStore records;

    @Override
    public Integer call() throws InterruptedException {
        App app = start();
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        spec.commandLine().getOut().println("caselint is serving on http://" + shown + ":" + app.port() + "/ (Ctrl-C to stop)");
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            closeRecords();
            stopped.countDown();
        }, "caselint-shutdown"));
        stopped.await();
        return 0;
    }

    /**
     * Creates the data directory, loads the models, warms up, opens the port and sends the service one request
     * of its own, so that neither model loading nor first-request initialisation falls on a user. Returns the
     * running service.
     */
    App start() {
        if (port < 0 || port > 65535) throw new BadInputException("--port must be 0-65535, not " + port);
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new BadInputException("cannot create the data directory " + data + ": " + e.getMessage(), e);
        }
        long t0 = System.nanoTime();
        Linter linter = Linter.standard();
        long t1 = System.nanoTime();
        linter.lint(Note.of("warm-up", WARM_UP).withSubject(Note.Subject.named("Jayden Smith")));
        ExampleCatalog examples = ExampleCatalog.fromClasspath();
        try {
            records = RecordStore.open(linter, data);
        } catch (IOException e) {
            throw new BadInputException("cannot open the record index in " + data + ": " + e.getMessage(), e);
        }
        App app = new App(linter, examples, records).start(host, port);
        // An empty index gets the demo records in the background: /audit fills up as they are indexed.
        if (demo) DemoData.loadInBackgroundIfEmpty(records);
        long t2 = System.nanoTime();
        selfRequest(app.port());
        long t3 = System.nanoTime();
        LOG.info("models loaded in {} ms; warm-up, {} example pairs and start in {} ms; first request {} ms; data directory {}",
                ms(t1 - t0), examples.pairs().size(), ms(t2 - t1), ms(t3 - t2), data.toAbsolutePath());
        return app;
    }

    /** Closes the record index (commits it and drops its log); for the shutdown hook and tests. */
    void closeRecords() {
        if (records == null) return;
        try {
            records.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("the record index did not close cleanly (its log will be replayed at the next start): {}",
                    e.getClass().getSimpleName());
        }
    }

    private void selfRequest(int boundPort) {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        try {
            String body = Json.mapper().writeValueAsString(Map.of("id", "warm-up", "text", WARM_UP));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create("http://" + h + ":" + boundPort + "/api/v1/lint"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) LOG.warn("the warm-up request got status {}", r.statusCode());
        } catch (IOException e) {
            LOG.warn("the warm-up request failed: {}", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
