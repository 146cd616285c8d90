package org.caselint.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 0-100 score (100 = nothing to fix). Each finding takes off its severity's penalty (info 3, warning 8,
 * error 15); a repeat of the same rule and term in one note takes off half as much again each time, so one
 * habit repeated does not sink a note as fast as many different problems. The score is
 * {@code max(0, round(100 - total))}.
 */
public final class Scorer {
    private Scorer() { }

    public static int score(List<Finding> findings) {
        double total = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : findings) {
            String key = f.rule() + "|" + (f.term() == null ? "" : f.term());
            int n = seen.merge(key, 1, Integer::sum);
            total += f.severity().penalty() / Math.pow(2, n - 1);
        }
        return (int) Math.max(0, Math.round(100 - total));
    }
}
