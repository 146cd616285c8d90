package org.caselint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caselint.model.Note;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Report;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The trainer examples in corpus/examples (packaged under org/caselint/corpus/examples/) are tests: every pair's
 * "bad" passage raises each of its expected findings, and its "good" passage raises nothing in those categories.
 * The files are listed in index.txt; when the resource directory can be listed, the index must match it.
 * Pairs in examples/known-gaps/ are not read: they document what the checker still gets wrong.
 */
class TrainerExamplesTest {

    private static final String DIR = "/org/caselint/corpus/examples/";
    private static final List<String> KEYS = List.of("id", "title", "category", "standard", "standards", "bad", "good",
            "expected", "why");
    private static final Pattern STANDARD = Pattern.compile(
            "Tees ([1-9]|1[0-9]|20)|Enfield §\\d{1,2}|Coventry|Wandsworth|Recording policy §\\d+(\\.\\d+)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One example file, parsed. */
    private record Example(String file, JsonNode json) {
        String id() { return json.path("id").asText(file); }
    }

    /** One expected finding of a bad passage: a category and, for a span finding, the flagged text. */
    private record Expected(Category category, String text) {
        @Override public String toString() { return text == null ? category.id() : category.id() + " '" + text + "'"; }
    }

    // ---------------------------------------------------------------- loading

    private static List<String> indexedFiles() {
        URL index = TrainerExamplesTest.class.getResource(DIR + "index.txt");
        assertNotNull(index, DIR + "index.txt is not on the test classpath (is caselint-corpus installed?)");
        try (InputStream in = index.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The *.json files directly in the examples directory, or null when the resource cannot be listed. */
    private static Set<String> listedFiles() {
        URL dir = TrainerExamplesTest.class.getResource(DIR);
        if (dir == null) return null;
        try {
            if ("file".equals(dir.getProtocol())) {
                try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
                    return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                            .collect(Collectors.toCollection(TreeSet::new));
                }
            }
            if ("jar".equals(dir.getProtocol())) {
                JarURLConnection c = (JarURLConnection) dir.openConnection();
                String prefix = c.getEntryName().endsWith("/") ? c.getEntryName() : c.getEntryName() + "/";
                Set<String> out = new TreeSet<>();
                c.getJarFile().stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix))
                        .map(n -> n.substring(prefix.length()))
                        .filter(n -> n.endsWith(".json") && !n.contains("/")).forEach(out::add);
                return out;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    private static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        for (String file : indexedFiles()) {
            URL url = TrainerExamplesTest.class.getResource(DIR + file);
            assertNotNull(url, "index.txt lists " + file + " but it is not in " + DIR);
            try (InputStream in = url.openStream()) {
                out.add(new Example(file, JSON.readTree(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(file + " is not valid JSON", e);
            }
        }
        return out;
    }

    private static List<Expected> expected(Example ex) {
        List<Expected> out = new ArrayList<>();
        for (JsonNode e : ex.json().path("expected")) {
            String text = e.hasNonNull("text") ? e.get("text").asText() : null;
            out.add(new Expected(Category.byId(e.path("category").asText()), text));
        }
        return out;
    }

    private static Report lint(Example ex, String version) {
        JsonNode s = ex.json().path("subject");
        Note.Subject subject = s.isObject()
                ? new Note.Subject(s.path("name").asText(null), null, s.hasNonNull("age") ? s.get("age").asInt() : null)
                : null;
        Note note = new Note(ex.id() + "/" + version, ex.json().path(version).asText(), subject, null, null, null,
                null, null, null, null);
        return Shared.linter().lint(note);
    }

    private static String describe(List<Finding> findings) {
        if (findings.isEmpty()) return "no findings";
        return findings.stream().map(f -> f.isNoteLevel() ? "[" + f.category().id() + "] (note)"
                : "[" + f.category().id() + "] '" + f.text() + "' " + f.start() + "-" + f.end())
                .collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- checks

    /** Does a finding of the same category cover the expected text (equal text, or overlapping an occurrence)? */
    private static boolean raised(Expected e, String bad, List<Finding> findings) {
        for (Finding f : findings) {
            if (f.category() != e.category()) continue;
            if (e.text() == null) {
                if (f.isNoteLevel()) return true;
                continue;
            }
            if (f.isNoteLevel()) continue;
            if (f.text().equals(e.text())) return true;
            for (int at = bad.indexOf(e.text()); at >= 0; at = bad.indexOf(e.text(), at + 1)) {
                if (f.start() < at + e.text().length() && at < f.end()) return true;
            }
        }
        return false;
    }

    @TestFactory
    Stream<DynamicTest> badVersionsRaiseTheExpectedFindings() {
        return examples().stream().map(ex -> DynamicTest.dynamicTest(ex.id() + " bad", () -> {
            String bad = ex.json().path("bad").asText();
            List<Finding> findings = lint(ex, "bad").findings();
            List<Expected> missed = expected(ex).stream().filter(e -> !raised(e, bad, findings)).toList();
            assertTrue(missed.isEmpty(), ex.id() + ": the bad version did not raise " + missed + "; it raised "
                    + describe(findings) + "\n  bad: " + bad);
        }));
    }

    @TestFactory
    Stream<DynamicTest> goodVersionsRaiseNoneOfThoseCategories() {
        return examples().stream().map(ex -> DynamicTest.dynamicTest(ex.id() + " good", () -> {
            Set<Category> banned = expected(ex).stream().map(Expected::category).collect(Collectors.toSet());
            List<Finding> findings = lint(ex, "good").findings();
            List<Finding> wrong = findings.stream().filter(f -> banned.contains(f.category())).toList();
            assertTrue(wrong.isEmpty(), ex.id() + ": the good version raised " + describe(wrong)
                    + "\n  good: " + ex.json().path("good").asText());
        }));
    }

    // ---------------------------------------------------------------- the files themselves

    @Test
    void indexMatchesTheExamplesDirectory() {
        List<String> indexed = indexedFiles();
        assertFalse(indexed.isEmpty(), "index.txt lists no examples");
        assertEquals(indexed.size(), new HashSet<>(indexed).size(), "index.txt lists a file twice");
        Set<String> listed = listedFiles();
        if (listed != null) assertEquals(listed, new TreeSet<>(indexed), "index.txt and the *.json files in " + DIR + " differ");
    }

    @Test
    void everyExampleIsComplete() {
        for (Example ex : examples()) {
            JsonNode j = ex.json();
            String where = ex.file() + ": ";
            for (String k : KEYS) assertTrue(j.hasNonNull(k), where + "missing \"" + k + "\"");
            for (String k : List.of("id", "title", "category", "standard", "bad", "good", "why")) {
                assertTrue(j.get(k).isTextual() && !j.get(k).asText().isBlank(), where + "\"" + k + "\" must be a non-empty string");
            }
            assertEquals(ex.file(), j.get("id").asText() + ".json", where + "the file name must be the id");
            Category category = Category.byId(j.get("category").asText());
            assertTrue(j.get("standards").isArray() && !j.get("standards").isEmpty(), where + "\"standards\" must be a non-empty array");
            Set<String> standards = new LinkedHashSet<>();
            j.get("standards").forEach(s -> standards.add(s.asText()));
            for (String s : standards) assertTrue(STANDARD.matcher(s).matches(), where + "unknown standard '" + s + "'");
            assertTrue(standards.contains(j.get("standard").asText()), where + "\"standard\" must be one of \"standards\"");
            assertTrue(j.get("expected").isArray() && !j.get("expected").isEmpty(), where + "\"expected\" must be a non-empty array");
            String bad = j.get("bad").asText();
            boolean ownCategory = false;
            for (JsonNode e : j.get("expected")) {
                Category c = Category.byId(e.path("category").asText());
                ownCategory |= c == category;
                if (c == Category.CHILD_VOICE) {
                    assertFalse(e.has("text"), where + "a child-voice finding is note-level and has no \"text\"");
                } else {
                    assertTrue(e.hasNonNull("text") && !e.get("text").asText().isEmpty(), where + c.id() + " needs a \"text\"");
                    assertTrue(bad.contains(e.get("text").asText()), where + "'" + e.get("text").asText() + "' is not in \"bad\"");
                }
            }
            assertTrue(ownCategory, where + "\"expected\" has no finding of the example's own category " + category.id());
            if (category == Category.CHILD_VOICE) {
                JsonNode s = j.path("subject");
                assertTrue(s.isObject() && s.hasNonNull("name"), where + "a child-voice example needs a \"subject\" with a name");
            }
            assertFalse(j.get("good").asText().equals(bad), where + "\"good\" is the same as \"bad\"");
        }
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (Example ex : examples()) assertTrue(ids.add(ex.id()), "duplicate id " + ex.id());
    }

    @Test
    void everyCategoryHasAtLeastFourPairs() {
        Map<Category, Integer> n = new EnumMap<>(Category.class);
        for (Example ex : examples()) n.merge(Category.byId(ex.json().path("category").asText()), 1, Integer::sum);
        for (Category c : Category.values()) {
            if (n.getOrDefault(c, 0) < 4) fail("only " + n.getOrDefault(c, 0) + " trainer pairs for " + c.id() + ": " + n);
        }
    }
}
