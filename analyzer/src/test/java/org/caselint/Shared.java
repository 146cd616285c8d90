package org.caselint;

/** One {@link Linter} for the whole test run: models load once per process, as in production. */
public final class Shared {
    private static final Linter LINTER = Linter.standard();

    private Shared() { }

    public static Linter linter() { return LINTER; }

    private static Linter rulesOnly;

    /** The same checks without the trained classifiers, built once on first use. */
    public static synchronized Linter rulesOnly() {
        if (rulesOnly == null) rulesOnly = Linter.rulesOnly();
        return rulesOnly;
    }
}
