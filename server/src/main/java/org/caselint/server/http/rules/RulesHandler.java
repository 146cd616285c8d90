package org.caselint.server.http.rules;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.javalin.config.RoutesConfig;
import java.util.Arrays;
import java.util.List;
import org.caselint.Linter;
import org.caselint.check.Rule;
import org.caselint.report.Category;
import org.caselint.server.http.GetRoutes;
import org.caselint.server.http.Responses;

/**
 * {@code GET /api/v1/rules}: the rule catalogue (id, category, severity, description, standards, and the examples
 * each rule must flag and must pass); {@code GET /api/v1/categories}: the finding categories with their labels
 * and standards. Both are computed once at start-up.
 */
public final class RulesHandler {
    /** One rule as served. */
    @JsonPropertyOrder({"id", "category", "categoryLabel", "severity", "description", "standards", "examples"})
    public record RuleView(String id, String category, String categoryLabel, String severity, String description,
                           List<String> standards, Examples examples) {
        static RuleView of(Rule r) {
            return new RuleView(r.id(), r.category().id(), r.category().label(), r.severity().id(), r.description(),
                    r.standards(), new Examples(r.flag(), r.pass()));
        }
    }

    /** Passages a rule must flag and must leave alone. */
    public record Examples(List<String> flag, List<String> pass) { }

    /** One category as served. */
    @JsonPropertyOrder({"id", "label", "standards"})
    public record CategoryView(String id, String label, List<String> standards) { }

    private final List<RuleView> rules;
    private final List<CategoryView> categories;

    public RulesHandler(Linter linter) {
        this.rules = linter.rules().stream().map(RuleView::of).toList();
        this.categories = Arrays.stream(Category.values()).map(c -> new CategoryView(c.id(), c.label(), c.standards())).toList();
    }

    public void addTo(RoutesConfig routes) {
        GetRoutes.add(routes, "/api/v1/rules", ctx -> Responses.json(ctx, rules));
        GetRoutes.add(routes, "/api/v1/categories", ctx -> Responses.json(ctx, categories));
    }

    public List<RuleView> rules() { return rules; }
}
