package org.caselint.server.records.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on stderr: redrawn in place on a terminal, a line every tenth of the way otherwise (logs, CI).
 * Not thread-safe.
 */
final class Progress {
    private final PrintWriter err;
    private final long total;
    private final long t0 = System.nanoTime();
    private final boolean terminal = System.console() != null;
    private long lastDraw;
    private int lastTenth = -1;

    /** {@code total} is 0 when unknown. */
    Progress(PrintWriter err, long total) {
        this.err = err;
        this.total = total;
    }

    void update(long done) {
        long now = System.nanoTime();
        if (terminal) {
            if (now - lastDraw < 100_000_000L && done < total) return;
            lastDraw = now;
            err.print("\r" + line(done, now));
            err.flush();
        } else if (total > 0) {
            int tenth = (int) (done * 10 / total);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.println(line(done, now));
                err.flush();
            }
        }
    }

    void finish() {
        if (terminal) err.println();
        err.flush();
    }

    double seconds() { return (System.nanoTime() - t0) / 1e9; }

    private String line(long done, long now) {
        double s = Math.max(1e-9, (now - t0) / 1e9);
        double rate = done / s;
        if (total <= 0) return String.format(Locale.ROOT, "%,d records  %.0f/s", done, rate);
        int width = 30;
        int filled = (int) (width * Math.min(1.0, done / (double) total));
        long eta = rate > 0 ? (long) ((total - done) / rate) : 0;
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %,d/%,d records  %.0f/s  eta %dm%02ds", "#".repeat(filled),
                ".".repeat(width - filled), (int) (100 * done / total), done, total, rate, eta / 60, eta % 60);
    }
}
