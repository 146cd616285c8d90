package org.caselint.lexicon;

import java.util.List;
import java.util.Set;

/** Jargon terms with their plainer alternatives and the contexts that mean another sense. Immutable. */
public final class JargonLexicon {
    /**
     * One term. Each phrase is a list of words; a word matches a token's lower-case form or lemma.
     * {@code pos} restricts the first word's universal POS (empty = any); {@code notAfter}/{@code notBefore}
     * are phrases that, right before or after the match, mean another sense.
     */
    public record Term(Entry entry, List<List<String>> phrases, Set<String> pos, List<List<String>> notAfter,
                       List<List<String>> notBefore) { }

    private final List<Term> terms;

    private JargonLexicon(LexiconReader r) {
        this.terms = r.entries((n, e) -> {
            String where = r.file() + ", entry '" + e.id() + "'";
            return new Term(e, words(LexiconReader.lowerList(n, "phrases", where, true)),
                    Set.copyOf(LexiconReader.list(n, "pos", where, false)),
                    words(LexiconReader.lowerList(n, "notAfter", where, false)),
                    words(LexiconReader.lowerList(n, "notBefore", where, false)));
        });
    }

    public static JargonLexicon load() {
        return new JargonLexicon(LexiconReader.open("jargon.json"));
    }

    static List<List<String>> words(List<String> phrases) {
        return phrases.stream().map(p -> List.of(p.split("\\s+"))).toList();
    }

    public List<Term> terms() { return terms; }
}
