package org.caselint.check;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.caselint.report.Category;
import org.caselint.report.Severity;

/**
 * A rule of the catalogue (served as {@code /api/v1/rules}): id, one-line description, category, severity,
 * standards, and examples it must flag and must leave alone. Ids are never renamed once shipped.
 */
@JsonPropertyOrder({"id", "category", "severity", "description", "standards", "flag", "pass"})
public record Rule(String id, Category category, Severity severity, String description, List<String> standards,
                   List<String> flag, List<String> pass) {
    public Rule {
        standards = List.copyOf(standards);
        flag = List.copyOf(flag);
        pass = List.copyOf(pass);
    }
}
