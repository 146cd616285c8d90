package org.caselint.server.http.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.caselint.model.Note;
import org.caselint.report.Category;
import org.caselint.server.Json;

/**
 * The trainer's example pairs: the files {@code index.txt} lists under {@code org/caselint/corpus/examples/} on the
 * classpath (the corpus module packages {@code corpus/examples/} there), in the index's order. Bad data fails fast
 * with a message naming the file and the key. Immutable once loaded.
 *
 * <pre>{@code
 * ExampleCatalog examples = ExampleCatalog.fromClasspath();
 * examples.pairs().forEach(p -> System.out.println(p.id()));
 * }</pre>
 */
public final class ExampleCatalog {
    /** Where the pairs and their {@code index.txt} live on the classpath. */
    public static final String DIR = "org/caselint/corpus/examples/";

    private final List<ExamplePair> pairs;

    private ExampleCatalog(List<ExamplePair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    public static ExampleCatalog empty() {
        return new ExampleCatalog(List.of());
    }

    /** Parses and validates files given as name → JSON text, in name order. */
    public static ExampleCatalog of(Map<String, String> files) {
        return parseAll(new TreeMap<>(files));
    }

    private static ExampleCatalog parseAll(Map<String, String> files) {
        ObjectMapper mapper = Json.mapper();
        List<ExamplePair> pairs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            ExamplePair p = parse(mapper, f.getKey(), f.getValue());
            if (!ids.add(p.id())) throw new IllegalStateException(f.getKey() + ": duplicate example id '" + p.id() + "'");
            pairs.add(p);
        }
        return new ExampleCatalog(pairs);
    }

    /**
     * The files {@code index.txt} lists (one name a line, {@code #} comments), read from the classpath in that order;
     * an empty catalogue when there is no index. Pairs not listed (such as {@code known-gaps/}) are not served.
     */
    public static ExampleCatalog fromClasspath() {
        ClassLoader loader = ExampleCatalog.class.getClassLoader();
        try (InputStream index = loader.getResourceAsStream(DIR + "index.txt")) {
            if (index == null) return empty();
            Map<String, String> files = new LinkedHashMap<>();
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) continue;
                try (InputStream in = loader.getResourceAsStream(DIR + name)) {
                    if (in == null) throw new IllegalStateException(DIR + "index.txt lists " + name + " but it is not there");
                    files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return parseAll(files);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the example pairs under " + DIR, e);
        }
    }

    public List<ExamplePair> pairs() { return pairs; }

    private static ExamplePair parse(ObjectMapper mapper, String file, String json) {
        JsonNode n;
        try {
            n = mapper.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        if (n == null || !n.isObject()) throw new IllegalStateException(file + ": must hold one JSON object");
        String id = text(n, "id", file, true);
        String where = file + " ('" + id + "')";
        String category = text(n, "category", where, true);
        try {
            Category.byId(category);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": key \"category\": " + e.getMessage());
        }
        String bad = text(n, "bad", where, true);
        List<ExamplePair.Expected> expected = new ArrayList<>();
        JsonNode ex = n.get("expected");
        if (ex == null || !ex.isArray()) throw new IllegalStateException(where + ": key \"expected\" must be an array");
        int i = 0;
        for (JsonNode e : ex) {
            String w = where + ", expected[" + i++ + "]";
            String cat = text(e, "category", w, true);
            try {
                Category.byId(cat);
            } catch (IllegalArgumentException x) {
                throw new IllegalStateException(w + ": key \"category\": " + x.getMessage());
            }
            String t = text(e, "text", w, false);
            if (t != null && !bad.contains(t)) throw new IllegalStateException(w + ": text '" + t + "' is not in \"bad\"");
            expected.add(new ExamplePair.Expected(cat, t));
        }
        List<String> standards = new ArrayList<>();
        JsonNode st = n.get("standards");
        if (st != null && !st.isNull()) {
            if (!st.isArray()) throw new IllegalStateException(where + ": key \"standards\" must be an array of strings");
            for (JsonNode x : st) {
                if (!x.isTextual() || x.asText().isBlank()) {
                    throw new IllegalStateException(where + ": key \"standards\" must hold only non-empty strings");
                }
                standards.add(x.asText());
            }
        }
        return new ExamplePair(id, text(n, "title", where, true), category, text(n, "standard", where, true), standards,
                subject(mapper, n.get("subject"), where), bad, text(n, "good", where, true), expected,
                text(n, "why", where, true));
    }

    /** The child the pair is about: a note's subject object ({@code {"name", "age"...}}) or just a name. */
    private static Note.Subject subject(ObjectMapper mapper, JsonNode s, String where) {
        if (s == null || s.isNull()) return null;
        if (s.isTextual() && !s.asText().isBlank()) return Note.Subject.named(s.asText());
        if (s.isObject()) {
            try {
                Note.Subject subject = mapper.treeToValue(s, Note.Subject.class);
                if (subject.name() != null && !subject.name().isBlank()) return subject;
            } catch (IOException e) {
                throw new IllegalStateException(where + ": key \"subject\": " + e.getMessage(), e);
            }
        }
        throw new IllegalStateException(where + ": key \"subject\" must be {\"name\": ..., \"age\": ...} or a name");
    }

    private static String text(JsonNode n, String key, String where, boolean required) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) throw new IllegalStateException(where + ": key \"" + key + "\" is missing");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new IllegalStateException(where + ": key \"" + key + "\" must be a non-empty string");
        }
        return v.asText();
    }
}
