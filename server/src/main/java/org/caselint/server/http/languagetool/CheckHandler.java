package org.caselint.server.http.languagetool;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caselint.Linter;
import org.caselint.check.Rule;
import org.caselint.model.Note;
import org.caselint.report.Finding;
import org.caselint.report.Report;
import org.caselint.report.Severity;
import org.caselint.server.http.Bodies;
import org.caselint.server.http.GetRoutes;
import org.caselint.server.http.Responses;
import org.caselint.server.http.lint.LintHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LanguageTool's HTTP API v2, so any LanguageTool client (editor plug-ins, its Java client) can use caselint:
 * {@code POST /v2/check} (form-encoded; also {@code GET} with a query string) and {@code GET /v2/languages}.
 * Span findings become matches at their offsets; a note-level finding (the child's voice) becomes a match over
 * the first sentence. Empty text gets an empty answer, as LanguageTool gives; over {@link Linter#MAX_TEXT}
 * characters is a 413. Thread-safe.
 */
public final class CheckHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CheckHandler.class);
    /** Characters of context on each side of a match, as LanguageTool gives. */
    static final int CONTEXT = 40;

    private final Linter linter;
    private final CheckResponse.Software software;
    private final Map<String, String> descriptions = new LinkedHashMap<>();

    public CheckHandler(Linter linter, String version, String buildDate) {
        this.linter = linter;
        this.software = new CheckResponse.Software("caselint", version, buildDate, 1, false, "");
        for (Rule r : linter.rules()) descriptions.put(r.id(), r.description());
    }

    public void addTo(RoutesConfig routes) {
        routes.post("/v2/check", this::check);
        routes.get("/v2/check", this::check);
        routes.head("/v2/check", this::checkHead);
        GetRoutes.add(routes, "/v2/languages", ctx -> Responses.json(ctx, languages()));
    }

    static List<Map<String, String>> languages() {
        List<Map<String, String>> out = new ArrayList<>();
        CheckRequest.VARIANTS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("name", e.getValue());
            m.put("code", "en");
            m.put("longCode", e.getKey());
            out.add(m);
        });
        return out;
    }

    private void check(Context ctx) {
        CheckRequest req = request(ctx);
        long t0 = System.nanoTime();
        CheckResponse res = respond(req, baseUrl(ctx));
        LOG.info("v2/check chars={} matches={} ms={}", req.text().plain().length(), res.matches().size(),
                String.format("%.1f", (System.nanoTime() - t0) / 1e6));
        Responses.json(ctx, res);
    }

    /** HEAD: the request is validated as GET validates it, and not linted, since the answer has no body. */
    private void checkHead(Context ctx) {
        CheckRequest req = request(ctx);
        if (!req.text().plain().isBlank()) LintHandler.checkText(req.text().plain());
        Responses.jsonHead(ctx);
    }

    /** The request's parameters (the query string, and a POST's form body) parsed and validated. */
    private static CheckRequest request(Context ctx) {
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) params.put(k, v.get(v.size() - 1));
        });
        if (ctx.method().name().equals("POST")) {
            byte[] body = Bodies.bytes(ctx);
            if (body.length > 0) {
                Bodies.requireMediaType(ctx, "application/x-www-form-urlencoded");
                params.putAll(FormData.parse(Bodies.utf8(body)));
            }
        }
        return CheckRequest.parse(params);
    }

    /** Lints the request's plain text (unless it is blank) and answers in LanguageTool's form. */
    CheckResponse respond(CheckRequest req, String baseUrl) {
        String plain = req.text().plain();
        if (plain.isBlank()) return respond(req, Report.of(null, List.of()), baseUrl);
        LintHandler.checkText(plain);
        return respond(req, linter.lint(Note.of(null, plain)), baseUrl);
    }

    /**
     * The LanguageTool answer for a report on the request's plain text: wanted findings as matches in offset
     * order, each at its original (markup-inclusive) offsets; a note-level finding over the first sentence.
     */
    CheckResponse respond(CheckRequest req, Report report, String baseUrl) {
        AnnotatedText at = req.text();
        List<int[]> sentences = SentenceRanges.of(at.plain());
        List<CheckResponse.Match> matches = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (!req.wants(f.rule(), f.category().id())) continue;
            if (f.isNoteLevel() && sentences.isEmpty()) continue;
            int[] span = f.isNoteLevel() ? sentences.get(0) : new int[] {f.start(), f.end()};
            matches.add(match(f, at, span, sentences, baseUrl));
        }
        matches.sort((a, b) -> a.offset() != b.offset() ? Integer.compare(a.offset(), b.offset())
                : Integer.compare(a.length(), b.length()));
        List<int[]> ranges = sentences.stream()
                .map(s -> new int[] {at.toOriginal(s[0], false), at.toOriginal(s[1], true)}).toList();
        CheckResponse.Detected detected = new CheckResponse.Detected(req.language().name(), req.language().code(), 1.0);
        return new CheckResponse(software, new CheckResponse.Warnings(false),
                new CheckResponse.LanguageInfo(req.language().name(), req.language().code(), detected), matches, ranges);
    }

    private CheckResponse.Match match(Finding f, AnnotatedText at, int[] span, List<int[]> sentences, String baseUrl) {
        String original = at.original();
        int from = at.toOriginal(span[0], false);
        int to = Math.max(from, at.toOriginal(span[1], true));
        int cs = Math.max(0, from - CONTEXT);
        int ce = Math.min(original.length(), to + CONTEXT);
        String context = original.substring(cs, ce).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        String sentence = "";
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) { // the sentence holding the match's start, by binary search (ranges are in order)
            int mid = (lo + hi) >>> 1;
            int[] s = sentences.get(mid);
            if (span[0] < s[0]) {
                hi = mid - 1;
            } else if (span[0] >= s[1]) {
                lo = mid + 1;
            } else {
                sentence = at.plain().substring(s[0], s[1]);
                break;
            }
        }
        String category = f.category().id();
        List<CheckResponse.Value> urls = baseUrl == null ? List.of()
                : List.of(new CheckResponse.Value(baseUrl + "/train?category=" + category));
        CheckResponse.Rule rule = new CheckResponse.Rule(f.rule(), f.term(),
                descriptions.getOrDefault(f.rule(), f.category().label()), CheckResponse.issueType(category), urls,
                new CheckResponse.Category(CheckResponse.categoryId(category), f.category().label()));
        return new CheckResponse.Match(f.message(), f.category().label(),
                f.suggestions().stream().map(CheckResponse.Value::new).toList(), from, to - from,
                new CheckResponse.Context(context, from - cs, to - from), sentence,
                new CheckResponse.Type(f.severity() == Severity.INFO ? "Hint" : "Other"), rule, false, 0);
    }

    /** The service's own address as the client reached it, for the rule links; null if the Host header is odd. */
    private static String baseUrl(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !host.matches("[A-Za-z0-9.\\-:\\[\\]]{1,255}")) return null;
        return ctx.scheme() + "://" + host;
    }
}
