package org.caselint.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caselint.lexicon.PhraseLexicon;
import org.caselint.lexicon.PhraseLexicon.Term;
import org.caselint.model.Sentence;
import org.caselint.model.Token;

/**
 * Finds the phrases of a {@link PhraseLexicon} in a sentence: longest match first, no overlaps, each term's POS
 * restriction and "not after"/"not before" contexts applied. Immutable and thread-safe.
 */
final class PhraseMatcher {
    /** A match of {@code term} over tokens [from, to) of a sentence. */
    record Match(Term term, int from, int to) { }

    private record Candidate(Term term, List<String> phrase) { }

    private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();

    PhraseMatcher(PhraseLexicon lexicon) {
        for (Term t : lexicon.terms()) {
            for (List<String> p : t.phrases()) {
                byFirstWord.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(new Candidate(t, p));
                int dash = p.get(0).indexOf('-');
                if (dash > 0) byFirstWord.computeIfAbsent(p.get(0).substring(0, dash), k -> new ArrayList<>()).add(new Candidate(t, p));
            }
        }
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.phrase().size() - a.phrase().size()));
    }

    List<Match> find(Sentence s) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.token(i);
            for (Candidate c : candidates(t)) {
                int n = Words.match(c.phrase(), s, i, true);
                if (n == 0 || !senseFits(c.term(), s, i, n)) continue;
                out.add(new Match(c.term(), i, i + n));
                i += n - 1;
                break;
            }
        }
        return out;
    }

    private List<Candidate> candidates(Token t) {
        List<Candidate> a = byFirstWord.getOrDefault(t.lower(), List.of());
        List<Candidate> b = t.lemma() == null || t.lemma().equals(t.lower()) ? List.of()
                : byFirstWord.getOrDefault(t.lemma(), List.of());
        if (b.isEmpty()) return a;
        if (a.isEmpty()) return b;
        List<Candidate> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort((x, y) -> y.phrase().size() - x.phrase().size());
        return all;
    }

    /** Nouns that make a compound with a first word the tagger read as a verb: "Contact report", "Contact notes". */
    private static final Set<String> COMPOUND_HEADS = Words.set("report", "reports", "notes", "note", "record",
            "records", "recording", "session", "sessions", "plan", "plans", "arrangements", "observation", "summary");

    /**
     * Is a first word the tagger read as a verb the noun after all? The tagger reads a capitalised first word as an
     * imperative ("Contact with Dad went well" tagged VERB) and a base form after a determiner or a verb as a verb
     * ("has contact with"); where a verb cannot stand, take it as the noun.
     */
    private static boolean initialNoun(Term term, Sentence s, int i, int n) {
        if (!term.pos().contains("NOUN") || !s.token(i).posIs("VERB")) return false;
        Token next = s.token(i + n);
        if (next == null) return false;
        boolean base = s.token(i).lower().equals(s.token(i).lemma()); // "contact", not "contacted"
        // the first word of the sentence or of a line after its date ("06/01 - Contact took place.")
        if (i == 0 || (base && LINE_OPENERS.contains(s.token(i - 1).text()))) {
            return next.posIs("ADP") || next.posIs("AUX") || next.posIs("VERB") || next.posIs("PUNCT") || next.posIs("CCONJ")
                    || next.posIs("PART") // "Contact to continue weekly."
                    || COMPOUND_HEADS.contains(next.lower()); // "Contact report shared."
        }
        Token prev = s.token(i - 1);
        if (!base) return false;
        // "arrived late for contact", "after contact": a preposition's object is a noun, whatever the tagger says
        if (OBJECT_PREPOSITIONS.contains(prev.lower())) return true;
        // "the contact", "his contact", "weekly contact", "has contact with", "was contact with mum", "wants contact":
        // a base form cannot follow a determiner, an adjective, "have" or "be", or a full verb
        if (prev.posIs("DET") || prev.posIs("ADJ") || POSSESSIVES.contains(prev.lower())) return true;
        String prevLemma = prev.lemmaOrLower();
        if (prevLemma.equals("have") || prevLemma.equals("be")) return true;
        if (prev.posIs("VERB") && !BARE_INFINITIVE_BEFORE.contains(prevLemma)) return true;
        // "... and contact with Dad went well", "to take her to contact with mum": the noun only when "with" follows
        boolean nounSlot = prev.posIs("CCONJ") || prev.text().equals(",") || prev.lower().equals("to");
        return nounSlot && next.lower().equals("with");
    }

    private static final Set<String> OBJECT_PREPOSITIONS = Words.set("for", "after", "before", "during", "at", "from", "until");
    private static final Set<String> POSSESSIVES = Words.set("his", "her", "their", "my", "your", "our");
    /** What opens a line of a log before its first word: "06/01 - Contact took place", "Plan: contact to continue". */
    private static final Set<String> LINE_OPENERS = Words.set("-", "\u2013", "\u2014", ":", "(", "\u2022", "*");
    /** Verbs that take a bare infinitive: "help contact", "let Mum contact", "please contact". */
    private static final Set<String> BARE_INFINITIVE_BEFORE = Words.set("help", "let", "make", "please", "need", "dare");

    /** Words written with a capital before a noun that are not names: "The unit", "Our unit"; the possessives and these. */
    private static final Set<String> CAPITALISED_DETERMINERS = java.util.stream.Stream.concat(POSSESSIVES.stream(),
            java.util.stream.Stream.of("the", "a", "an", "this", "that", "its", "one", "each", "every", "another"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "Beechwood unit", "at Elm House unit": the match in lower case right after a capitalised name. */
    private static boolean afterName(Sentence s, int i) {
        Token t = s.token(i);
        Token prev = s.token(i - 1);
        if (prev == null || !t.text().equals(t.lower())) return false;
        String w = prev.text();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1))
                && !CAPITALISED_DETERMINERS.contains(prev.lower());
    }

    private static boolean senseFits(Term term, Sentence s, int i, int n) {
        if (term.afterName() && !afterName(s, i)) return false;
        if (!term.pos().isEmpty() && term.pos().stream().noneMatch(p -> s.token(i).posIs(p)) && !initialNoun(term, s, i, n)) return false;
        for (List<String> p : term.notAfter()) if (Words.endsBefore(p, s, i)) return false;
        for (List<String> p : term.notBefore()) if (Words.match(p, s, i + n, true) > 0) return false;
        return true;
    }
}
