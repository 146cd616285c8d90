package org.caselint.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Labelling words with every form that carries the label, and the cues of an observed description that make a
 * label supported. Immutable.
 */
public final class JudgementalLexicon {
    /**
     * One label; {@code forms} are lower-case words or phrases; {@code personOnly}, {@code describesState} as in
     * models/README.md; {@code notAfter}/{@code notBefore} are words or phrases that, right before or after a form,
     * mean another sense ("emotionally abusive" names a category of harm, "abusive relationship" a history of
     * domestic abuse), as in jargon.json.
     */
    public record Label(Entry entry, List<List<String>> forms, boolean personOnly, boolean describesState,
                        List<List<String>> notAfter, List<List<String>> notBefore) { }

    private final List<Label> labels;
    private final Map<String, Set<String>> evidence = new HashMap<>();

    private JudgementalLexicon(LexiconReader r) {
        this.labels = r.entries(Set.of("forms", "personOnly", "describesState", "notAfter", "notBefore"), (n, e) -> {
            String where = r.file() + ", entry '" + e.id() + "'";
            return new Label(e, PhraseLexicon.words(LexiconReader.lowerList(n, "forms", where, true)),
                    n.path("personOnly").asBoolean(false), n.path("describesState").asBoolean(false),
                    PhraseLexicon.words(LexiconReader.lowerList(n, "notAfter", where, false)),
                    PhraseLexicon.words(LexiconReader.lowerList(n, "notBefore", where, false)));
        });
        JsonNode ev = r.root().get("evidence");
        if (ev == null || !ev.isObject()) throw new LexiconException(r.file() + ": no \"evidence\" object");
        ev.fields().forEachRemaining(f -> {
            Set<String> s = new HashSet<>();
            for (JsonNode x : f.getValue()) s.add(x.asText().toLowerCase(Locale.ROOT));
            evidence.put(f.getKey(), Set.copyOf(s));
        });
    }

    public static JudgementalLexicon load() {
        return new JudgementalLexicon(LexiconReader.open("judgemental.json"));
    }

    public List<Label> labels() { return labels; }

    /** Evidence cues of one kind ("verbs", "perception", "nouns", "phrases"); empty if the file has none. */
    public Set<String> evidence(String kind) { return evidence.getOrDefault(kind, Set.of()); }
}
