package org.caselint.server.records.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caselint.Linter;
import org.caselint.model.Note;
import org.caselint.server.Json;
import org.caselint.server.http.ApiException;
import org.caselint.server.http.Bodies;
import org.caselint.server.http.GetRoutes;
import org.caselint.server.http.Responses;
import org.caselint.server.http.web.WebPages;
import org.caselint.server.records.RecordStore;
import org.caselint.server.records.search.BadSearchException;
import org.caselint.server.records.search.CsvExport;
import org.caselint.server.records.search.SearchRequest;
import org.caselint.server.records.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records and auditor search routes, and the {@code /audit} page:
 * <ul>
 *   <li>{@code POST /api/v1/records}: one note JSON ({@code application/json}) or many, one per line
 *       ({@code application/x-ndjson}); answers {@code {"count": N, "ids": [...]}} only once every record is
 *       durable. A request is all or nothing: a bad line rejects it (400, naming the line) before anything is
 *       stored.</li>
 *   <li>{@code GET /api/v1/records/{id}}: the record with its findings, or 404.</li>
 *   <li>{@code GET /api/v1/search}: {@link SearchResult} JSON (parameters in {@link SearchRequest#fromParams}).</li>
 *   <li>{@code GET /api/v1/search.csv}: the same search's hits as CSV (every hit up to {@code limit}, default
 *       10,000, at most 100,000).</li>
 *   <li>{@code GET /audit}: the auditor page (static files under {@code web/audit/} on the classpath).</li>
 * </ul>
 * Refusals are {@link ApiException}s, which the service's {@code ErrorMapper} turns into
 * {@code {"error": {"code", "message"}}} with status 400, 404, 413 or 415. Logs carry counts, sizes and
 * timings, never note text, names or queries. Handlers are thin; the work is in {@link RecordStore}.
 *
 * <pre>{@code
 * RecordRoutes records = new RecordRoutes(store);
 * Javalin.create(cfg -> { ErrorMapper.register(cfg.routes); records.addTo(cfg.routes); });
 * }</pre>
 */
public final class RecordRoutes {
    /** Largest request body accepted by {@code POST /api/v1/records}. */
    public static final int MAX_BODY = 32 * 1024 * 1024;
    /** Most records in one request. */
    public static final int MAX_RECORDS = 10_000;
    public static final int CSV_DEFAULT_LIMIT = 10_000;
    public static final int CSV_MAX_LIMIT = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(RecordRoutes.class);
    private static final Map<String, String> AUDIT_FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "audit.js", "text/javascript; charset=utf-8",
            "audit.css", "text/css; charset=utf-8");

    private final RecordStore store;
    private final ObjectMapper json = Json.mapper();

    public RecordRoutes(RecordStore store) {
        this.store = store;
    }

    /** Adds the records and search routes and the {@code /audit} page. */
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/records", this::ingest);
        GetRoutes.add(routes, "/api/v1/records/{id}", this::getRecord);
        routes.delete("/api/v1/records/{id}", this::deleteRecord);
        routes.get("/api/v1/search", this::search);
        routes.head("/api/v1/search", this::searchHead);
        routes.get("/api/v1/search.csv", this::searchCsv);
        routes.head("/api/v1/search.csv", this::searchCsvHead);
        GetRoutes.add(routes, "/audit", ctx -> auditFile(ctx, "index.html"));
        GetRoutes.add(routes, "/audit/{file}", ctx -> auditFile(ctx, ctx.pathParam("file")));
    }

    void ingest(Context ctx) throws IOException {
        long t0 = System.nanoTime();
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT).split(";")[0].strip();
        boolean ndjson = switch (type) {
            case "application/json" -> false;
            case "application/x-ndjson", "application/jsonl", "application/x-jsonlines" -> true;
            default -> throw new ApiException(415, "unsupported-media-type",
                    "send one note as application/json or many as application/x-ndjson");
        };
        byte[] body = readLimited(ctx.bodyInputStream());
        String text = Bodies.utf8(body);
        List<Note> notes = ndjson ? parseLines(text) : List.of(parseNote(text, 0));
        if (notes.isEmpty()) throw new ApiException(400, "no-records", "the request has no records");
        List<String> ids;
        try {
            ids = store.ingest(notes);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad-note", e.getMessage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", ids.size());
        out.put("ids", ids);
        Responses.json(ctx, out);
        LOG.info("records ingested: {} records, {} bytes, {} ms", ids.size(), body.length, (System.nanoTime() - t0) / 1_000_000);
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] b = new byte[65536];
        int n;
        while ((n = in.read(b)) > 0) {
            if (buf.size() + n > MAX_BODY) {
                throw new ApiException(413, "too-large", "the request is over " + (MAX_BODY >> 20) + " MiB; send fewer records at a time");
            }
            buf.write(b, 0, n);
        }
        return buf.toByteArray();
    }

    private List<Note> parseLines(String text) {
        List<Note> notes = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\r?\n", -1)) {
            lineNo++;
            if (line.isBlank()) continue;
            if (notes.size() == MAX_RECORDS) {
                throw new ApiException(413, "too-many", "at most " + MAX_RECORDS + " records in one request");
            }
            notes.add(parseNote(line, lineNo));
        }
        return notes;
    }

    private Note parseNote(String s, int lineNo) {
        String where = lineNo > 0 ? "line " + lineNo + ": " : "";
        try {
            JsonNode node = json.readTree(s);
            if (node == null || !node.isObject()) throw new ApiException(400, "bad-note", where + "a record must be a JSON object");
            Note n = json.treeToValue(node, Note.class);
            if (n.text() == null || n.text().isBlank()) throw new ApiException(400, "bad-note", where + "the note has no \"text\"");
            if (n.text().length() > Linter.MAX_TEXT) {
                throw ApiException.tooLarge(where + "the note is " + n.text().length() + " characters; the limit is " + Linter.MAX_TEXT);
            }
            return n;
        } catch (JacksonException e) {
            throw new ApiException(400, "bad-json", where + "not valid note JSON: " + e.getOriginalMessage());
        }
    }

    void getRecord(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        var r = store.get(id).orElseThrow(() -> new ApiException(404, "not-found", "no record with id '" + id + "'"));
        Responses.json(ctx, r);
    }

    /** Deletes a record: 204 once the deletion is durable, 404 when there is no such record. */
    void deleteRecord(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (!store.delete(id)) throw new ApiException(404, "not-found", "no record with id '" + id + "'");
        ctx.status(204);
        LOG.info("record deleted");
    }

    void search(Context ctx) throws IOException {
        SearchRequest req = request(ctx);
        SearchResult r;
        try {
            r = store.search(req);
        } catch (BadSearchException e) {
            throw new ApiException(400, e.code(), e.getMessage());
        }
        Responses.json(ctx, r);
        LOG.info("search: {} hits, page {}, {} ms", r.total(), r.page(), r.tookMs());
    }

    /** HEAD: the request and its query are checked as GET checks them, and not run, since the answer has no body. */
    void searchHead(Context ctx) {
        parsed(request(ctx));
        Responses.jsonHead(ctx);
    }

    void searchCsvHead(Context ctx) {
        parsed(request(ctx));
        csvLimit(ctx);
        csvHeaders(ctx);
    }

    /** Parses the request's query (a bad one is a 400, as in GET) without searching. */
    private void parsed(SearchRequest req) {
        try {
            store.searcher().query(req);
        } catch (BadSearchException e) {
            throw new ApiException(400, e.code(), e.getMessage());
        }
    }

    private static int csvLimit(Context ctx) {
        int limit = CSV_DEFAULT_LIMIT;
        String l = ctx.queryParam("limit");
        if (l != null && !l.isBlank()) {
            try {
                limit = Integer.parseInt(l.strip());
            } catch (NumberFormatException e) {
                throw new ApiException(400, "bad-parameter", "'limit' must be a whole number");
            }
            if (limit < 1 || limit > CSV_MAX_LIMIT) throw new ApiException(400, "bad-parameter", "'limit' must be between 1 and " + CSV_MAX_LIMIT);
        }
        return limit;
    }

    private static void csvHeaders(Context ctx) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "attachment; filename=\"caselint-search.csv\"");
    }

    void searchCsv(Context ctx) throws IOException {
        SearchRequest req = request(ctx);
        int limit = csvLimit(ctx);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        long rows;
        try (Writer w = new OutputStreamWriter(buf, StandardCharsets.UTF_8)) {
            CsvExport csv = new CsvExport(w);
            csv.header();
            rows = store.searcher().forEach(req, limit, csv::row);
        } catch (BadSearchException e) {
            throw new ApiException(400, e.code(), e.getMessage());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csvHeaders(ctx);
        ctx.result(buf.toByteArray());
        LOG.info("search export: {} rows", rows);
    }

    private static SearchRequest request(Context ctx) {
        try {
            return SearchRequest.fromParams(ctx.queryParamMap());
        } catch (BadSearchException e) {
            throw new ApiException(400, e.code(), e.getMessage());
        }
    }

    private void auditFile(Context ctx, String name) throws IOException {
        String type = AUDIT_FILES.get(name);
        if (type == null) throw new ApiException(404, "not-found", "no such page");
        try (InputStream in = RecordRoutes.class.getResourceAsStream("/web/audit/" + name)) {
            if (in == null) throw new ApiException(404, "not-found", "no such page");
            ctx.contentType(type);
            ctx.header("Content-Security-Policy", WebPages.CSP).header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-cache");
            ctx.result(in.readAllBytes());
        }
    }
}
