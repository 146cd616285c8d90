package org.caselint.lexicon;

import java.util.List;
import java.util.Set;

/**
 * A lexicon of phrases: jargon terms with their plainer alternatives, or the cues of the missing-source and
 * fact-opinion checks, each with the contexts that mean another sense. Immutable.
 */
public final class PhraseLexicon {
    /**
     * One term. Each phrase is a list of words; a word matches a token's lower-case form or lemma.
     * {@code pos} restricts the first word's universal POS (empty = any); {@code notAfter}/{@code notBefore}
     * are phrases that, right before or after the match, mean another sense; {@code notInNotesWith} are phrases
     * that, anywhere in the note, show that the whole note uses the other sense ("neonatal unit": "the unit" is a
     * hospital's, not a children's home); {@code afterName}: the match counts only when written in lower case right
     * after a capitalised name ("Beechwood unit"), not in a title written in capitals ("Learning Support Unit").
     */
    public record Term(Entry entry, List<List<String>> phrases, Set<String> pos, List<List<String>> notAfter,
                       List<List<String>> notBefore, List<String> notInNotesWith, boolean afterName) {
        public Term {
            notInNotesWith = List.copyOf(notInNotesWith);
        }

        /** Does the note's lower-cased text hold one of the phrases that mean the other sense? */
        public boolean otherSenseIn(String lowerText) {
            for (String p : notInNotesWith) {
                int at = lowerText.indexOf(p);
                while (at >= 0) {
                    boolean startOk = at == 0 || !Character.isLetterOrDigit(lowerText.charAt(at - 1));
                    int end = at + p.length();
                    boolean endOk = end == lowerText.length() || !Character.isLetterOrDigit(lowerText.charAt(end));
                    if (startOk && endOk) return true;
                    at = lowerText.indexOf(p, at + 1);
                }
            }
            return false;
        }
    }

    private final List<Term> terms;

    private PhraseLexicon(LexiconReader r) {
        this.terms = r.entries(Set.of("phrases", "pos", "notAfter", "notBefore", "notInNotesWith", "afterName"), (n, e) -> {
            String where = r.file() + ", entry '" + e.id() + "'";
            return new Term(e, words(LexiconReader.lowerList(n, "phrases", where, true)),
                    Set.copyOf(LexiconReader.list(n, "pos", where, false)),
                    words(LexiconReader.lowerList(n, "notAfter", where, false)),
                    words(LexiconReader.lowerList(n, "notBefore", where, false)),
                    LexiconReader.lowerList(n, "notInNotesWith", where, false), n.path("afterName").asBoolean(false));
        });
    }

    /** Loads {@code org/caselint/models/lexicons/FILE} (e.g. "jargon.json"). */
    public static PhraseLexicon load(String file) {
        return new PhraseLexicon(LexiconReader.open(file));
    }

    static List<List<String>> words(List<String> phrases) {
        return phrases.stream().map(p -> List.of(p.split("\\s+"))).toList();
    }

    public List<Term> terms() { return terms; }
}
