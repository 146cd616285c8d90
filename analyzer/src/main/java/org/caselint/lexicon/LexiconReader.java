package org.caselint.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Reads a lexicon file from the classpath ({@code org/caselint/models/lexicons/NAME.json}) and validates it,
 * failing fast with a message that names the file, the entry and the key.
 */
final class LexiconReader {
    static final String BASE = "/org/caselint/models/lexicons/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final JsonNode root;

    private LexiconReader(String file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    static LexiconReader open(String name) {
        String path = BASE + name;
        try (InputStream in = LexiconReader.class.getResourceAsStream(path)) {
            if (in == null) throw new LexiconException("lexicon " + path + " is not on the classpath");
            return new LexiconReader(name, JSON.readTree(in));
        } catch (IOException e) {
            throw new LexiconException("lexicon " + name + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    JsonNode root() { return root; }

    /** The keys every entry may carry, whatever the file. */
    private static final Set<String> COMMON_KEYS = Set.of("id", "message", "suggestions", "reason", "source", "standards",
            "flag", "pass");

    /**
     * Reads every entry of "entries" with the common keys validated, then the file's own keys by {@code build}. A key
     * that is neither common nor one of {@code ownKeys} is an error: a misspelt "notbefore" would otherwise be
     * silently ignored and the entry would flag what it was meant to leave alone.
     */
    <T> List<T> entries(Set<String> ownKeys, BiFunction<JsonNode, Entry, T> build) {
        JsonNode arr = root.get("entries");
        if (arr == null || !arr.isArray()) throw new LexiconException(file + ": no \"entries\" array");
        List<T> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode n : arr) {
            String where = file + ", entry " + i++;
            String id = text(n, "id", where);
            where = file + ", entry '" + id + "'";
            if (!ids.add(id)) throw new LexiconException(where + ": duplicate id");
            for (var it = n.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!COMMON_KEYS.contains(key) && !ownKeys.contains(key)) {
                    throw new LexiconException(where + ": unknown key \"" + key + "\" (this file's entries may also have "
                            + new TreeSet<>(ownKeys) + ")");
                }
            }
            Entry e = new Entry(id, text(n, "message", where), list(n, "suggestions", where, false),
                    text(n, "reason", where), text(n, "source", where), list(n, "standards", where, true),
                    list(n, "flag", where, false), list(n, "pass", where, false));
            try {
                out.add(build.apply(n, e));
            } catch (LexiconException ex) {
                throw ex;
            } catch (RuntimeException ex) {
                throw new LexiconException(where + ": " + ex.getMessage(), ex);
            }
        }
        return out;
    }

    String file() { return file; }

    static String text(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new LexiconException(where + ": key \"" + key + "\" is missing or empty");
        }
        return v.asText();
    }

    static String optText(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<String> list(JsonNode n, String key, String where, boolean required) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) throw new LexiconException(where + ": key \"" + key + "\" is missing");
            return List.of();
        }
        if (!v.isArray()) throw new LexiconException(where + ": key \"" + key + "\" must be an array of strings");
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isTextual()) throw new LexiconException(where + ": key \"" + key + "\" must hold only strings");
            out.add(x.asText());
        }
        if (required && out.isEmpty()) throw new LexiconException(where + ": key \"" + key + "\" is empty");
        return out;
    }

    static List<String> lowerList(JsonNode n, String key, String where, boolean required) {
        return list(n, key, where, required).stream().map(s -> s.toLowerCase(Locale.ROOT).strip()).toList();
    }
}
