package org.caselint.server.cli;

import org.caselint.Linter;

/** Builds the one {@link Linter} of a CLI process on first use (models load once per process). */
public final class LinterHolder {
    private static volatile Linter linter;

    private LinterHolder() { }

    public static Linter get() {
        Linter l = linter;
        if (l == null) {
            synchronized (LinterHolder.class) {
                l = linter;
                if (l == null) linter = l = Linter.standard();
            }
        }
        return l;
    }
}
