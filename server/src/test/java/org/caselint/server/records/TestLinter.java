package org.caselint.server.records;

import org.caselint.Linter;

/** One {@link Linter} for the whole test run: models load once per process, as in production. */
public final class TestLinter {
    private static final Linter LINTER = Linter.standard();

    private TestLinter() { }

    public static Linter get() { return LINTER; }
}
