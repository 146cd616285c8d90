package org.caselint.server.http.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.caselint.report.Category;
import org.caselint.server.Json;

/**
 * The trainer's example pairs: every {@code *.json} file under {@code org/caselint/corpus/examples/} on the
 * classpath (the corpus module packages {@code corpus/examples/} there), in file-name order. Bad data fails fast
 * with a message naming the file and the key. Immutable once loaded.
 *
 * <pre>{@code
 * ExampleCatalog examples = ExampleCatalog.fromClasspath();
 * examples.pairs().forEach(p -> System.out.println(p.id()));
 * }</pre>
 */
public final class ExampleCatalog {
    /** Where the pairs live on the classpath; the directory's README.md is how it is found. */
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
        ObjectMapper mapper = Json.mapper();
        List<ExamplePair> pairs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
            ExamplePair p = parse(mapper, f.getKey(), f.getValue());
            if (!ids.add(p.id())) throw new IllegalStateException(f.getKey() + ": duplicate example id '" + p.id() + "'");
            pairs.add(p);
        }
        return new ExampleCatalog(pairs);
    }

    /** Every example file on the classpath; an empty catalogue when the directory is not there. */
    public static ExampleCatalog fromClasspath() {
        ClassLoader loader = ExampleCatalog.class.getClassLoader();
        URL readme = loader.getResource(DIR + "README.md");
        if (readme == null) return empty();
        try {
            return of(readAll(readme));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the example pairs under " + DIR, e);
        }
    }

    public List<ExamplePair> pairs() { return pairs; }

    private static Map<String, String> readAll(URL readme) throws IOException {
        Map<String, String> files = new TreeMap<>();
        switch (readme.getProtocol()) {
            case "file" -> {
                Path dir;
                try {
                    dir = Path.of(readme.toURI()).getParent();
                } catch (URISyntaxException e) {
                    throw new IOException("bad resource location " + readme, e);
                }
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.filter(x -> x.getFileName().toString().endsWith(".json")).toList()) {
                        files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                    }
                }
            }
            case "jar" -> {
                JarURLConnection conn = (JarURLConnection) readme.openConnection();
                conn.setUseCaches(false);
                try (JarFile jar = conn.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry e = entries.nextElement();
                        String name = e.getName();
                        if (!name.startsWith(DIR) || !name.endsWith(".json") || name.indexOf('/', DIR.length()) >= 0) continue;
                        try (InputStream in = jar.getInputStream(e)) {
                            files.put(name.substring(DIR.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            default -> throw new IOException("cannot list example pairs at " + readme);
        }
        return files;
    }

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
        return new ExamplePair(id, text(n, "title", where, true), category, text(n, "standard", where, true),
                text(n, "subject", where, false), bad, text(n, "good", where, true), expected, text(n, "why", where, true));
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
