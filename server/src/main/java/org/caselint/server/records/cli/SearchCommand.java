package org.caselint.server.records.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.caselint.server.BadInputException;
import org.caselint.server.Json;
import org.caselint.server.records.RecordIndex;
import org.caselint.server.records.search.BadSearchException;
import org.caselint.server.records.search.RecordSearch;
import org.caselint.server.records.search.SearchRequest;
import org.caselint.server.records.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code caselint search}: searches the record index and prints the hits (or the result JSON). */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the record index: QUERY in Lucene query syntax over the note text (all records when left out),",
                "filters repeatable (any of the values). Flagged spans print as [[...]], query matches as **...**."})
public final class SearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "free-text query, e.g. aggressive or \"front room\"")
    String query;

    @Option(names = "--category", paramLabel = "ID") List<String> categories = new ArrayList<>();
    @Option(names = "--rule", paramLabel = "ID") List<String> rules = new ArrayList<>();
    @Option(names = "--term", paramLabel = "ID", description = "flagged lexicon entry, e.g. aggressive") List<String> terms = new ArrayList<>();
    @Option(names = "--team", paramLabel = "TEAM") List<String> teams = new ArrayList<>();
    @Option(names = "--author", paramLabel = "NAME") List<String> authors = new ArrayList<>();
    @Option(names = "--child", paramLabel = "ID") List<String> children = new ArrayList<>();
    @Option(names = "--kind", paramLabel = "KIND") List<String> kinds = new ArrayList<>();
    @Option(names = "--restricted", paramLabel = "true|false") Boolean restricted;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD") String from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD") String to;
    @Option(names = "--sort", defaultValue = "relevance", description = "relevance, date, date-asc, score or score-desc") String sort;
    @Option(names = "--page", defaultValue = "1") int page;
    @Option(names = "--size", defaultValue = "10") int size;
    @Option(names = "--json", description = "print the result as JSON (with facets)") boolean json;
    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR", description = "data directory (default ${DEFAULT-VALUE})") Path data;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data.resolve("index"))) throw new BadInputException("no record index in " + data + " (run caselint index first)");
        SearchRequest req;
        SearchResult r;
        try (RecordIndex index = RecordIndex.open(data)) {
            try {
                req = new SearchRequest(query, categories, rules, terms, teams, authors, children, kinds, restricted,
                        SearchRequest.date(from, "from"), SearchRequest.date(to, "to"), SearchRequest.Sort.parse(sort),
                        page, size, true, json);
                r = new RecordSearch(index).search(req);
            } catch (BadSearchException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
        } else {
            out.printf("%,d records match%s%n", r.total(), r.total() > r.hits().size()
                    ? " (showing " + ((page - 1) * size + 1) + "-" + ((page - 1) * size + r.hits().size()) + ")" : "");
            for (SearchResult.Hit h : r.hits()) {
                out.printf("%n%s  %s  %s  %s / %s  score %d  %s%n", h.id(), nz(h.eventDate()), nz(h.kind()),
                        h.author() == null ? "" : nz(h.author().team()), h.author() == null ? "" : nz(h.author().name()),
                        h.score(), h.counts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", ")));
                for (String s : h.snippets()) out.println("    " + plain(s));
            }
        }
        out.flush();
        return 0;
    }

    private static String nz(String s) { return s == null ? "" : s; }

    /** Snippet HTML to terminal text: query marks as **x**, flagged spans as [[x]]. */
    static String plain(String html) {
        return html.replaceAll("<mark class=\"q( f-[a-z-]+)+\">(.*?)</mark>", "**[[$2]]**")
                .replaceAll("<mark class=\"q\">(.*?)</mark>", "**$1**")
                .replaceAll("<mark class=\"f-[a-z -]+\">(.*?)</mark>", "[[$1]]")
                .replace("\n", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

}
