package org.caselint.check;

import java.util.List;
import java.util.Set;
import org.caselint.model.Sentence;
import org.caselint.model.Token;

/** Small helpers over tokens shared by the checks: phrase matching, negation, clause boundaries. */
final class Words {
    private Words() { }

    static final Set<String> NEGATORS = Words.set("no", "not", "never", "without", "nor", "neither", "none", "nothing",
            "n't", "cannot", "lack", "absence");
    static final Set<String> CLAUSE_BREAKS = Words.set(",", ";", ":", ".", "!", "?", "but", "although", "though",
            "however", "whereas", "while", "-", "(", ")");

    /**
     * The short names the note gives the subject beside their full name: "Oliver (Ollie) Brennan", "Alexander
     * 'Alfie' Shaw", "Jasmine, known as Jazz": lower case. Empty when the note has no subject name.
     */
    static Set<String> nicknames(org.caselint.model.Document doc) {
        return doc.memo("Words.nicknames", Words::findNicknames);
    }

    private static Set<String> findNicknames(org.caselint.model.Document doc) {
        org.caselint.model.Note n = doc.note();
        if (n.subject() == null || n.subject().name() == null || n.subject().name().isBlank()) return Set.of();
        String first = n.subject().name().strip().split("\\s+")[0];
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(first)
                + NICKNAME_AFTER_FIRST_NAME).matcher(doc.text());
        java.util.Set<String> out = new java.util.HashSet<>();
        while (m.find()) out.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        return Set.copyOf(out);
    }

    /** After the first name: a bracket, a quotation mark, "known as" or "aka", then the short name. */
    private static final String NICKNAME_AFTER_FIRST_NAME = "(?:\\s*\\(|\\s+['\u2018\"\u201c]|,?\\s+known as\\s+|,?\\s+aka\\s+)(\\p{Lu}[\\p{L}'-]+)";

    /** An immutable set of words; unlike Set.of, a word listed twice is not an error. */
    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Does a phrase word match this token (lower-case form or lemma)? */
    static boolean wordMatches(String word, Token t) {
        return word.equals(t.lower()) || word.equals(t.lemma());
    }

    /** Adverbs that may stand between "be" and the rest of a phrase without changing what it says. */
    private static final Set<String> BETWEEN_BE = Words.set("also", "already", "previously", "currently", "widely", "generally", "well");

    /**
     * Matches {@code phrase} starting at token i of the sentence and returns the number of tokens used, or 0.
     * A hyphenated phrase word also matches the tokens it was split into ("attention - seeking").
     */
    static int match(List<String> phrase, Sentence s, int i, boolean useLemma) {
        int at = i;
        for (int j = 0; j < phrase.size(); j++) {
            String w = phrase.get(j);
            Token t = s.token(at);
            if (t == null) return 0;
            if (useLemma ? wordMatches(w, t) : w.equals(t.lower())) {
                at++;
                // "is also known to", "are already known to": up to two adverbs of time or extent after "be"
                if (useLemma && w.equals("be") && j + 1 < phrase.size()) {
                    for (int k = 0; k < 2 && s.token(at) != null && BETWEEN_BE.contains(s.token(at).lower())
                            && !wordMatches(phrase.get(j + 1), s.token(at)); k++) at++;
                }
                continue;
            }
            int used = joined(w, s, at);
            if (used == 0) return 0;
            at += used;
        }
        return at - i;
    }

    /** Matches a word against up to four adjacent tokens written without spaces between them. */
    private static int joined(String w, Sentence s, int at) {
        StringBuilder sb = new StringBuilder();
        Token prev = null;
        for (int k = 0; k < 5; k++) {
            Token t = s.token(at + k);
            if (t == null || (prev != null && t.start() != prev.end())) return 0;
            sb.append(t.lower());
            if (sb.length() > w.length() || !w.startsWith(sb.toString())) return 0;
            if (sb.length() == w.length()) return k + 1;
            prev = t;
        }
        return 0;
    }

    /** Does {@code phrase} end right before token i? */
    static boolean endsBefore(List<String> phrase, Sentence s, int i) {
        int start = i - phrase.size();
        if (start < 0) return false;
        return match(phrase, s, start, true) == phrase.size();
    }

    private static final Set<String> WOMEN = set("mum", "mother", "mummy", "nan", "nana", "grandmother", "grandma", "gran",
            "aunt", "auntie", "sister", "daughter", "wife", "girlfriend", "stepmum", "stepmother", "midwife", "mrs", "ms",
            "miss");
    private static final Set<String> MEN = set("dad", "father", "daddy", "grandad", "grandfather", "uncle", "brother", "son",
            "husband", "boyfriend", "stepdad", "stepfather", "mr");

    /**
     * 'f' or 'm' for a word that says a person's sex ("Mum", "Dad", "Mrs", "his brother"), null for any other.
     * Shared by the checks that tell who a pronoun or a teller is.
     */
    public static Character sexOf(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return WOMEN.contains(w) ? Character.valueOf('f') : MEN.contains(w) ? Character.valueOf('m') : null;
    }

    /** Is token i negated: a negator earlier in the same clause, within {@code window} tokens? */
    static boolean negated(Sentence s, int i, int window) {
        for (int k = i - 1; k >= 0 && k >= i - window; k--) {
            Token t = s.token(k);
            if (CLAUSE_BREAKS.contains(t.lower())) return false;
            // "Mum is not protective and the relationship is toxic": a new clause with its own subject
            Token nx = s.token(k + 1);
            if ((t.lower().equals("and") || t.lower().equals("or")) && k + 1 < i && nx != null && nx.posIs("DET")) return false;
            // "He has no motivation and is lazy": "and" with a verb starts a new predicate that the negation does
            // not reach; "did not shout or become aggressive" still negates both
            if (t.lower().equals("and") && k + 1 < i && nx != null && (nx.posIs("AUX") || nx.posIs("VERB"))) return false;
            if (NEGATORS.contains(t.lower()) || t.lower().endsWith("n't")) return true;
        }
        return false;
    }

    /** A straight or curly quotation mark standing alone as a token. */
    static boolean isQuoteMark(String w) {
        return w.length() == 1 && "'\"\u2018\u2019\u201C\u201D".indexOf(w.charAt(0)) >= 0;
    }

    static boolean isAllCaps(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter;
    }

    /**
     * Does the sentence have a finite verb? A title line ("Joint visit with PC Marsh following the incident at the
     * weekend", "T/C to mum re last night") states no event, it names the record.
     */
    static boolean finite(Sentence s) {
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.token(i);
            if (t.posIs("AUX")) return true;
            if (t.posIs("VERB") && !t.lower().endsWith("ing") && !(i > 0 && s.token(i - 1).lower().equals("to"))
                    && !(i > 0 && (s.token(i - 1).posIs("DET") || s.token(i - 1).posIs("ADP")))) return true;
        }
        return false;
    }

    /** Titles and ranks written before a person's name ("Mrs Ahmed", "DC Harris", "Imam Yusuf"): an adult's. */
    static final Set<String> TITLES = Words.set("mr", "mrs", "ms", "miss", "dr", "pc", "dc", "ds", "di",
            "sgt", "pcso", "insp", "dci", "supt", "cllr", "prof", "rev", "sir", "dame", "lord", "lady", "judge", "hhj", "mx",
            "reverend", "pastor",
            // teachers and leaders in faith settings: "Ustadh Kamran", "Maulana Rashid", "Imam Yusuf"
            "imam", "ustadh", "ustadha", "ustaz", "ustazah", "maulana", "moulana", "sheikh", "shaykh",
            // military ranks, in a forces family's note: "Cpl Tate", "Capt Ellison", "LCpl Hughes"
            "pte", "cpl", "lcpl", "bdr", "lbdr", "capt", "lt", "maj", "col", "wo", "sgm", "spr", "gnr", "tpr", "rfn",
            "gdsm", "ac", "sac", "cpo", "po", "ab");

    /** Months, days and feasts: capitalised like names, never a person ("22 October", "since Easter"). */
    static final Set<String> CALENDAR = Words.set("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "christmas", "easter");

    /** "Purpose: to talk with Leo about ...": a line that states an aim, not an event or a judgement. */
    static boolean purpose(Sentence s) {
        List<Token> toks = s.tokens();
        for (int i = 0; i + 2 < toks.size() && i < 4; i++) {
            if (toks.get(i).text().equals(":")) {
                return toks.get(i + 1).lower().equals("to") && toks.get(i + 2).posIs("VERB");
            }
        }
        return false;
    }
}
