package org.caselint.server.records.web;

import io.javalin.Javalin;
import java.nio.file.Path;
import org.caselint.Linter;
import org.caselint.server.records.RecordStore;

/**
 * A process that serves only the records API over a data directory, for the crash test (until the App of the
 * HTTP service exists, this is the smallest real server). Prints {@code PORT <n>} on stdout once it listens.
 * Usage: {@code RecordsTestServer DATA_DIR}.
 */
public final class RecordsTestServer {
    private RecordsTestServer() { }

    public static Javalin start(RecordStore store) {
        RecordRoutes routes = new RecordRoutes(store);
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            routes.register(cfg);
        }).start("127.0.0.1", 0);
    }

    public static void main(String[] args) throws Exception {
        RecordStore store = RecordStore.open(Linter.standard(), Path.of(args[0]));
        Javalin app = start(store);
        System.out.println("PORT " + app.port());
        System.out.flush();
    }
}
