package org.caselint.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.caselint.model.Document;
import org.caselint.model.Sentence;
import org.caselint.model.Token;

/**
 * The features the sentence classifiers see: lower-case lemmas of the words, lemma bigrams, and cues of who
 * speaks, about whom and when: first person, a quotation, a reporting verb, what the sentence opens with (the
 * writer, a named person, a pronoun, "it"/"there"), tense and habit ("has been", "always", "every night"),
 * whether it is anchored in the visit ("today", "when I arrived"), certainty and evidence words, the heading
 * it sits under and whether the sentence before it named a source. Shared by training and prediction so both
 * see exactly the same thing.
 */
public final class SentenceFeatures {
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our", "myself");
    private static final Set<String> REPORTING = Set.of("tell", "say", "report", "explain", "confirm", "disclose",
            "state", "inform", "describe", "share", "mention", "record", "allege", "claim", "believe", "think",
            "feel", "understand", "know", "hear", "suggest", "raise", "advise", "add", "admit", "deny", "text",
            "email", "ring", "phone", "call", "write", "note", "agree", "reply", "ask", "complain", "worry");
    private static final Set<String> FAMILY = Set.of("mum", "dad", "mother", "father", "parent", "parents", "carer",
            "carers", "stepdad", "stepmum", "stepfather", "stepmother", "partner", "boyfriend", "girlfriend", "nan",
            "nana", "grandmother", "grandfather", "grandad", "grandma", "granddad", "aunt", "auntie", "uncle",
            "brother", "sister", "sibling", "siblings", "baby", "child", "children", "family", "household");
    private static final Set<String> HABIT = Set.of("always", "often", "never", "regularly", "usually",
            "frequently", "constantly", "repeatedly", "sometimes", "routinely", "generally", "normally",
            "rarely", "seldom", "continually", "persistently", "tend", "habit", "every", "most", "daily",
            "nightly", "weekly", "again", "still", "ongoing", "known", "history");
    private static final Set<String> CERTAINTY = Set.of("clearly", "obviously", "evidently", "evident", "clear",
            "obvious", "definitely", "certainly", "undoubtedly", "surely", "must", "plainly", "apparent",
            "apparently", "seem", "appear", "likely", "unlikely", "probably", "totally", "completely",
            "simply", "just", "really", "very", "extremely", "quite");
    private static final Set<String> EVIDENCE = Set.of("because", "as", "since", "evidenced", "shown", "given",
            "example", "instance", "including", "such");
    private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "'s", "'re");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "should", "might", "may", "must", "can");
    private static final Set<String> LINKING = Set.of("is", "are", "was", "were", "'s", "seems", "seemed", "appears",
            "appeared", "looks", "looked");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "his", "her", "their");
    private static final Set<String> DUMMY = Set.of("it", "there");
    private static final Set<String> ELSEWHERE_PLACES = Set.of("school", "park", "town", "pub", "party", "street",
            "prison", "court", "police", "hospital", "nursery", "college", "estate", "night", "nights", "weekend",
            "online", "snapchat", "flat", "city");
    private static final Pattern VISIT = Pattern.compile("\\b(?:today|this morning|this afternoon|during (?:the|my|our) "
            + "(?:visit|session|meeting|call)|when i (?:arrived|visited|left|knocked)|on arrival|while i was|"
            + "at the (?:start|end) of the (?:visit|session|meeting))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ELSEWHERE_TIME = Pattern.compile("\\b(?:monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday|weekend|last (?:night|week|month|year|term)|yesterday|previously|recently|ago|since|"
            + "this (?:year|term|month)|january|february|march|april|june|july|august|september|october|november|"
            + "december|history|again|before|at night|overnight|in the past)\\b", Pattern.CASE_INSENSITIVE);

    private SentenceFeatures() { }

    /**
     * Features of the given tokens (an annotated sentence's span, or one of ours) inside {@code host}, the
     * pipeline's sentence they fall in (for the heading above and the sentence before; may be null).
     */
    public static String[] of(Document doc, Sentence host, List<Token> tokens, String text) {
        List<String> f = new ArrayList<>();
        String prev = "<s>";
        int words = 0;
        boolean perfect = false;
        String open = "none";
        Set<String> tenses = new java.util.TreeSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!Character.isLetterOrDigit(t.text().charAt(0))) continue;
            String l = t.lemmaOrLower();
            if (Character.isDigit(l.charAt(0))) l = "<num>";
            else if (t.posIs("PROPN") || "PERSON".equals(t.ner())) l = "<name>";
            f.add(l);
            f.add(prev + "_" + l);
            if (words == 0) {
                f.add("first=" + l);
                open = opener(t, l);
                f.add("OPEN:" + open);
            }
            String w = t.lower();
            if (t.posIs("VERB") && w.endsWith("s") && !w.equals(l) && !w.endsWith("ss")) tenses.add("pres3");
            if ((t.posIs("VERB") && w.endsWith("ed")) || PAST_AUX.contains(w)) tenses.add("past");
            if (t.posIs("VERB") && w.endsWith("ing") && i > 0 && PRESENT_BE.contains(tokens.get(i - 1).lower())) tenses.add("prog");
            if (MODALS.contains(w)) tenses.add("modal");
            if (ELSEWHERE_PLACES.contains(w)) f.add("F:place-elsewhere");
            words++;
            prev = l;
            if (FIRST_PERSON.contains(t.lower())) f.add("F:first-person");
            if (t.posIs("VERB") && REPORTING.contains(l)) f.add("F:reporting");
            if (t.pos() != null) f.add("P:" + t.pos());
            if (doc.quoteAt(t.start()) != null) f.add("F:in-quote");
            if (HABIT.contains(t.lower()) || HABIT.contains(l)) f.add("F:habit");
            if (CERTAINTY.contains(t.lower()) || CERTAINTY.contains(l)) f.add("F:certainty");
            if (EVIDENCE.contains(t.lower())) f.add("F:evidence");
            if ((t.lower().equals("has") || t.lower().equals("have") || t.lower().equals("had"))
                    && i + 1 < tokens.size() && (tokens.get(i + 1).lower().equals("been") || tokens.get(i + 1).lower().endsWith("ed"))) perfect = true;
            if (t.posIs("ADJ") && i > 0 && LINKING.contains(tokens.get(i - 1).lower())) f.add("F:predicate-adj");
        }
        if (perfect) tenses.add("perfect");
        for (String t : tenses) {
            f.add("T:" + t);
            f.add("X:" + open + "|" + t); // who it is about, and when: "Mum lets ..." (family, present), "She had ..."
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (ELSEWHERE_TIME.matcher(text).find()) f.add("F:time-elsewhere");
        if (VISIT.matcher(text).find()) f.add("F:visit");
        if (text.strip().endsWith(":")) f.add("F:heading");
        if (lower.contains("told me") || lower.contains("said")) f.add("F:said");
        if (host != null) {
            String section = host.section();
            if (section == null) f.add("S:none");
            else for (String w : section.split("[^\\p{L}]+")) if (w.length() > 2) f.add("S:" + w);
            Sentence before = doc.previous(host);
            if (before != null && !before.isHeading()) {
                for (Token t : before.tokens()) {
                    String l = t.lemmaOrLower();
                    if (t.posIs("VERB") && REPORTING.contains(l)) {
                        f.add("C:prev-reporting");
                        break;
                    }
                }
            } else if (before != null) {
                f.add("C:after-heading");
            }
        }
        if (host != null) noteFeatures(doc, host, f);
        if (f.isEmpty()) f.add("<empty>");
        return f.toArray(String[]::new);
    }

    /**
     * What kind of record the sentence sits in and what follows it: the note's opening words ("Call from ...",
     * "Daily log", "Home visit"), how much of the note the writer tells in the first person (a carer's diary or a
     * visit record, against a summary of others' reports), and whether the next sentence names a source ("She told
     * me this on Monday").
     */
    private static void noteFeatures(Document doc, Sentence host, List<String> f) {
        f.addAll(doc.memo("SentenceFeatures.note", SentenceFeatures::wholeNote));
        Sentence after = doc.next(host);
        if (after != null && !after.isHeading()) {
            boolean writer = false;
            boolean reporting = false;
            for (Token t : after.tokens()) {
                String l = t.lemmaOrLower();
                if (t.posIs("VERB") && REPORTING.contains(l)) reporting = true;
                if (FIRST_PERSON.contains(t.lower())) writer = true;
            }
            if (reporting) f.add(writer ? "C:next-reported-to-writer" : "C:next-reporting");
        }
    }

    /** The features that are the same for every sentence of the note, worked out once per note. */
    private static List<String> wholeNote(Document doc) {
        List<String> f = new ArrayList<>();
        List<Sentence> all = doc.sentences();
        if (all.isEmpty()) return f;
        int words = 0;
        for (Token t : all.get(0).tokens()) {
            if (!Character.isLetter(t.text().charAt(0))) continue;
            f.add("N:open=" + (t.lemmaOrLower()));
            if (++words == 2) break;
        }
        int first = 0;
        for (Sentence s : all) {
            for (Token t : s.tokens()) if (FIRST_PERSON.contains(t.lower())) { first++; break; }
        }
        double share = first / (double) all.size();
        f.add("N:writer=" + (first == 0 ? "none" : share < 0.25 ? "low" : share < 0.5 ? "mid" : "high"));
        return List.copyOf(f);
    }

    /** What the sentence opens with: the writer, a named person, family, a pronoun, a dummy subject, or else. */
    private static String opener(Token t, String lemma) {
        String w = t.lower();
        if (FIRST_PERSON.contains(w)) return "writer";
        if (t.posIs("PROPN") || "PERSON".equals(t.ner())) return "name";
        if (FAMILY.contains(w)) return "family";
        if (THIRD_PERSON.contains(w)) return "pronoun";
        if (DUMMY.contains(w)) return "dummy";
        if (t.posIs("NOUN") || t.posIs("DET")) return "noun";
        return "other";
    }

    /** Features of one of our sentences. */
    public static String[] of(Document doc, Sentence s) {
        return of(doc, s, s.tokens(), s.text());
    }
}
