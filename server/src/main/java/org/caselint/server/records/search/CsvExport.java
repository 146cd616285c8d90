package org.caselint.server.records.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caselint.report.Finding;

/**
 * Writes search hits as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line
 * break in double quotes with quotes doubled). Cells that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or carriage return) get a leading apostrophe, so an export cannot carry a formula
 * injection. Not thread-safe: one per export.
 *
 * <pre>{@code
 * CsvExport csv = new CsvExport(writer);
 * csv.header();
 * search.forEach(request, 10_000, csv::row);
 * }</pre>
 */
public final class CsvExport {
    public static final List<String> COLUMNS = List.of("id", "eventDate", "recordedDate", "kind", "childId", "subject",
            "author", "role", "team", "agency", "restricted", "score", "findings", "categories", "rules", "terms", "flagged");

    private final Writer out;

    public CsvExport(Writer out) {
        this.out = out;
    }

    public void header() {
        line(COLUMNS);
    }

    /** One hit as one CSV record. */
    public void row(SearchResult.Hit h) {
        var a = h.author();
        List<Finding> f = h.findings();
        line(List.of(nz(h.id()), nz(h.eventDate()), nz(h.recordedDate()), nz(h.kind()), nz(h.childId()),
                h.subject() == null ? "" : nz(h.subject().name()),
                a == null ? "" : nz(a.name()), a == null ? "" : nz(a.role()), a == null ? "" : nz(a.team()),
                a == null ? "" : nz(a.agency()), String.valueOf(h.restricted()), String.valueOf(h.score()),
                String.valueOf(f.size()), counts(h.counts()),
                f.stream().map(Finding::rule).distinct().collect(Collectors.joining("; ")),
                f.stream().map(Finding::term).filter(t -> t != null).distinct().collect(Collectors.joining("; ")),
                f.stream().filter(x -> !x.isNoteLevel()).map(Finding::text).distinct().collect(Collectors.joining("; "))));
    }

    private static String counts(Map<String, Integer> c) {
        return c.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private void line(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) out.write(',');
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell, neutralised against formula injection and quoted when needed. */
    public static String cell(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
