package org.caselint.server.records.web;

import java.nio.file.Path;
import org.caselint.Linter;
import org.caselint.server.http.App;
import org.caselint.server.http.examples.ExampleCatalog;
import org.caselint.server.records.RecordStore;

/**
 * The real service ({@link App}) over a record store on a free port; as a process, for the crash test: prints
 * {@code PORT <n>} on stdout once it listens. Usage: {@code RecordsTestServer DATA_DIR}.
 */
public final class RecordsTestServer {
    private RecordsTestServer() { }

    public static App start(Linter linter, RecordStore store) {
        return new App(linter, ExampleCatalog.fromClasspath(), store).start("127.0.0.1", 0);
    }

    public static void main(String[] args) throws Exception {
        Linter linter = Linter.standard();
        RecordStore store = RecordStore.open(linter, Path.of(args[0]));
        App app = start(linter, store);
        System.out.println("PORT " + app.port());
        System.out.flush();
    }
}
