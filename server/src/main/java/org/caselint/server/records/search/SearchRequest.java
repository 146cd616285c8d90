package org.caselint.server.records.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One auditor search: a free-text query (Lucene classic query syntax over the note text; blank means every
 * record), filters, sort and page. Values of one filter are alternatives (any of them); different filters must
 * all hold. Immutable; build with {@link #builder()} or {@link #fromParams}.
 *
 * @param query      free text, or null/blank for all records
 * @param categories finding categories (e.g. {@code judgemental})
 * @param rules      rule ids (e.g. {@code judgemental-unsupported})
 * @param terms      flagged lexicon entry ids (e.g. {@code aggressive})
 * @param teams      author teams
 * @param authors    author names
 * @param children   child ids
 * @param kinds      record kinds (e.g. {@code home visit})
 * @param restricted only restricted ({@code true}) or only unrestricted ({@code false}) records; null for both
 * @param from       earliest event date, inclusive, or null
 * @param to         latest event date, inclusive, or null
 * @param sort       the order of hits
 * @param page       1-based page number
 * @param size       hits per page, 1 to {@link #MAX_SIZE}
 * @param highlight  build HTML snippets with the query terms and flagged spans marked
 * @param facets     count facets and the category-by-month trend
 */
public record SearchRequest(String query, List<String> categories, List<String> rules, List<String> terms,
                            List<String> teams, List<String> authors, List<String> children, List<String> kinds,
                            Boolean restricted, LocalDate from, LocalDate to, Sort sort, int page, int size,
                            boolean highlight, boolean facets) {
    /** Most hits on one page. */
    public static final int MAX_SIZE = 100;
    /** Deepest hit a page may reach (page * size). */
    public static final int MAX_WINDOW = 10_000;
    public static final int DEFAULT_SIZE = 20;

    /** The order of hits. Ties are broken by newest event date, then by order of indexing. */
    public enum Sort {
        /** Best match first (newest first when there is no query). */
        RELEVANCE("relevance"),
        /** Newest event date first. */
        DATE("date"),
        /** Oldest event date first. */
        DATE_ASC("date-asc"),
        /** Lowest (worst) score first. */
        SCORE("score"),
        /** Highest score first. */
        SCORE_DESC("score-desc");

        private final String id;

        Sort(String id) { this.id = id; }

        public String id() { return id; }

        public static Sort parse(String s) {
            for (Sort x : values()) if (x.id.equals(s.toLowerCase(Locale.ROOT).strip())) return x;
            throw new BadSearchException("bad-sort", "sort must be relevance, date, date-asc, score or score-desc, not '" + s + "'");
        }
    }

    public SearchRequest {
        categories = clean(categories);
        rules = clean(rules);
        terms = clean(terms);
        teams = clean(teams);
        authors = clean(authors);
        children = clean(children);
        kinds = clean(kinds);
        if (sort == null) sort = Sort.RELEVANCE;
        if (page < 1) throw new BadSearchException("bad-page", "page must be 1 or more");
        if (size < 1 || size > MAX_SIZE) throw new BadSearchException("bad-size", "size must be between 1 and " + MAX_SIZE);
        if ((long) page * size > MAX_WINDOW) {
            throw new BadSearchException("too-deep", "page * size may be at most " + MAX_WINDOW + "; narrow the search or export it as CSV");
        }
        if (from != null && to != null && from.isAfter(to)) throw new BadSearchException("bad-date", "'from' is after 'to'");
    }

    private static List<String> clean(List<String> l) {
        if (l == null) return List.of();
        return l.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
    }

    public boolean hasQuery() { return query != null && !query.isBlank(); }

    public static Builder builder() { return new Builder(); }

    /**
     * Reads a request from URL query parameters: {@code q}, {@code category}, {@code rule}, {@code term},
     * {@code team}, {@code author}, {@code child}, {@code kind} (each repeatable), {@code restricted}
     * ({@code true}/{@code false}), {@code from}, {@code to} ({@code yyyy-MM-dd}), {@code sort}, {@code page},
     * {@code size}, {@code highlight} and {@code facets} ({@code true}/{@code false}, default true).
     * Throws {@link BadSearchException} on a bad value.
     */
    public static SearchRequest fromParams(Map<String, List<String>> p) {
        Builder b = builder().query(one(p, "q"));
        b.categories = all(p, "category");
        b.rules = all(p, "rule");
        b.terms = all(p, "term");
        b.teams = all(p, "team");
        b.authors = all(p, "author");
        b.children = all(p, "child");
        b.kinds = all(p, "kind");
        String r = one(p, "restricted");
        if (r != null) b.restricted(bool(r, "restricted"));
        b.from(date(one(p, "from"), "from"));
        b.to(date(one(p, "to"), "to"));
        String s = one(p, "sort");
        if (s != null) b.sort(Sort.parse(s));
        b.page(integer(one(p, "page"), "page", 1));
        b.size(integer(one(p, "size"), "size", DEFAULT_SIZE));
        String h = one(p, "highlight");
        if (h != null) b.highlight(bool(h, "highlight"));
        String f = one(p, "facets");
        if (f != null) b.facets(bool(f, "facets"));
        return b.build();
    }

    private static String one(Map<String, List<String>> p, String k) {
        List<String> v = p.get(k);
        if (v == null || v.isEmpty()) return null;
        String s = v.get(v.size() - 1);
        return s == null || s.isBlank() ? null : s;
    }

    private static List<String> all(Map<String, List<String>> p, String k) {
        List<String> out = new ArrayList<>();
        for (String s : p.getOrDefault(k, List.of())) if (s != null && !s.isBlank()) out.add(s);
        return out;
    }

    private static boolean bool(String s, String name) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("1") || v.equals("yes")) return true;
        if (v.equals("false") || v.equals("0") || v.equals("no")) return false;
        throw new BadSearchException("bad-parameter", "'" + name + "' must be true or false");
    }

    private static int integer(String s, String name, int dflt) {
        if (s == null) return dflt;
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new BadSearchException("bad-parameter", "'" + name + "' must be a whole number");
        }
    }

    /** Parses a {@code yyyy-MM-dd} date; null stays null. */
    public static LocalDate date(String s, String name) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new BadSearchException("bad-date", "'" + name + "' must be a date like 2024-05-03");
        }
    }

    /** Builds a {@link SearchRequest}; defaults: all records, relevance, page 1 of 20, highlighted, with facets. */
    public static final class Builder {
        private String query;
        private List<String> categories = List.of();
        private List<String> rules = List.of();
        private List<String> terms = List.of();
        private List<String> teams = List.of();
        private List<String> authors = List.of();
        private List<String> children = List.of();
        private List<String> kinds = List.of();
        private Boolean restricted;
        private LocalDate from;
        private LocalDate to;
        private Sort sort = Sort.RELEVANCE;
        private int page = 1;
        private int size = DEFAULT_SIZE;
        private boolean highlight = true;
        private boolean facets = true;

        public Builder query(String q) { this.query = q; return this; }
        public Builder categories(String... v) { this.categories = List.of(v); return this; }
        public Builder rules(String... v) { this.rules = List.of(v); return this; }
        public Builder terms(String... v) { this.terms = List.of(v); return this; }
        public Builder teams(String... v) { this.teams = List.of(v); return this; }
        public Builder authors(String... v) { this.authors = List.of(v); return this; }
        public Builder children(String... v) { this.children = List.of(v); return this; }
        public Builder kinds(String... v) { this.kinds = List.of(v); return this; }
        public Builder restricted(Boolean v) { this.restricted = v; return this; }
        public Builder from(LocalDate v) { this.from = v; return this; }
        public Builder to(LocalDate v) { this.to = v; return this; }
        public Builder sort(Sort v) { this.sort = v; return this; }
        public Builder page(int v) { this.page = v; return this; }
        public Builder size(int v) { this.size = v; return this; }
        public Builder highlight(boolean v) { this.highlight = v; return this; }
        public Builder facets(boolean v) { this.facets = v; return this; }

        public SearchRequest build() {
            return new SearchRequest(query, categories, rules, terms, teams, authors, children, kinds, restricted,
                    from, to, sort, page, size, highlight, facets);
        }
    }
}
