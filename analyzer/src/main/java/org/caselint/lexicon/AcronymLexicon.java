package org.caselint.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Known acronyms with their expansions, and everyday abbreviations that are never flagged. Immutable. */
public final class AcronymLexicon {
    /** One known acronym. {@code key} is the upper-case short form used for lookup. */
    public record Acronym(Entry entry, List<String> forms, String expansion, String plain, boolean lowercase) { }

    private final Map<String, Acronym> byForm = new HashMap<>();
    private final Map<String, String> everyday = new HashMap<>();
    private final List<Acronym> all;

    private AcronymLexicon(LexiconReader r) {
        this.all = r.entries(Set.of("forms", "expansion", "plain", "lowercase"), (n, e) -> {
            String where = r.file() + ", entry '" + e.id() + "'";
            return new Acronym(e, LexiconReader.list(n, "forms", where, true), LexiconReader.text(n, "expansion", where),
                    LexiconReader.optText(n, "plain"), n.path("lowercase").asBoolean(false));
        });
        for (Acronym a : all) for (String f : a.forms()) byForm.put(key(f), a);
        JsonNode ev = r.root().get("everyday");
        if (ev == null || !ev.isArray()) throw new LexiconException(r.file() + ": no \"everyday\" array");
        for (JsonNode n : ev) {
            String form = LexiconReader.text(n, "form", r.file() + ", everyday");
            everyday.put(key(form), LexiconReader.text(n, "reason", r.file() + ", everyday '" + form + "'"));
        }
    }

    public static AcronymLexicon load() {
        return new AcronymLexicon(LexiconReader.open("acronyms.json"));
    }

    /** Lookup key: upper case, without dots. */
    public static String key(String form) {
        return form.replace(".", "").toUpperCase(Locale.ROOT);
    }

    public Acronym find(String form) { return byForm.get(key(form)); }
    public boolean isEveryday(String form) { return everyday.containsKey(key(form)); }
    public List<Acronym> all() { return all; }
}
