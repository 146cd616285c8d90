package org.caselint.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding matters; also its weight in the score. */
public enum Severity {
    INFO(3), WARNING(8), ERROR(15);

    private final int penalty;

    Severity(int penalty) { this.penalty = penalty; }

    /** Points taken off the 0-100 score for one finding of this severity. */
    public int penalty() { return penalty; }

    @JsonValue public String id() { return name().toLowerCase(Locale.ROOT); }

    public static Severity parse(String s) {
        return Severity.valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
