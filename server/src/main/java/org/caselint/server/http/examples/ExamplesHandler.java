package org.caselint.server.http.examples;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.javalin.config.RoutesConfig;
import java.util.List;
import org.caselint.Linter;
import org.caselint.model.Note;
import org.caselint.report.Report;
import org.caselint.server.http.GetRoutes;
import org.caselint.server.http.Responses;

/**
 * {@code GET /api/v1/examples}: the trainer's example pairs, each with the reports on its bad and good passages.
 * The pairs are fixed for the life of the process, so they are linted once, at construction.
 */
public final class ExamplesHandler {
    /** A pair as served: the pair's own fields and {@code reports.bad} / {@code reports.good}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "title", "category", "standard", "standards", "subject", "bad", "good", "expected", "why",
            "reports"})
    public record ExampleView(String id, String title, String category, String standard, List<String> standards,
                              Note.Subject subject, String bad, String good, List<ExamplePair.Expected> expected,
                              String why, Reports reports) { }

    /** The reports on a pair's two passages. */
    public record Reports(Report bad, Report good) { }

    private final List<ExampleView> views;

    public ExamplesHandler(Linter linter, ExampleCatalog catalog) {
        this.views = catalog.pairs().stream().map(p -> {
            Report bad = linter.lint(Note.of(p.id() + "/bad", p.bad()).withSubject(p.subject()));
            Report good = linter.lint(Note.of(p.id() + "/good", p.good()).withSubject(p.subject()));
            return new ExampleView(p.id(), p.title(), p.category(), p.standard(), p.standards(), p.subject(), p.bad(),
                    p.good(), p.expected(), p.why(), new Reports(bad, good));
        }).toList();
    }

    public void addTo(RoutesConfig routes) {
        GetRoutes.add(routes, "/api/v1/examples", ctx -> Responses.json(ctx, views));
    }

    public int size() { return views.size(); }

    /** The pairs as served, in order. */
    public List<ExampleView> views() { return views; }
}
