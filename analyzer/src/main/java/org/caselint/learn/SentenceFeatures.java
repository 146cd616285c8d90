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
 * The features the sentence classifiers see: lower-case lemmas of the words, lemma bigrams, and a few cues of who
 * speaks and when (first person, a quotation, tense, a time away from the visit, a reporting verb, a name first).
 * Shared by training and prediction so both see exactly the same thing.
 */
public final class SentenceFeatures {
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our", "myself");
    private static final Set<String> REPORTING = Set.of("tell", "say", "report", "explain", "confirm", "disclose",
            "state", "inform", "describe", "share", "mention", "record", "allege", "claim", "believe", "think",
            "feel", "understand", "know", "hear", "suggest", "raise");
    private static final Pattern ELSEWHERE_TIME = Pattern.compile("\\b(?:monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday|weekend|last (?:night|week|month|year|term)|yesterday|previously|recently|ago|since|"
            + "this (?:year|term|month)|january|february|march|april|june|july|august|september|october|november|"
            + "december|history|again|before)\\b", Pattern.CASE_INSENSITIVE);

    private SentenceFeatures() { }

    /** Features of tokens [from, to) of the document (an annotated sentence's span, or one of ours). */
    public static String[] of(Document doc, List<Token> tokens, String text) {
        List<String> f = new ArrayList<>();
        String prev = "<s>";
        boolean first = true;
        for (Token t : tokens) {
            if (!Character.isLetterOrDigit(t.text().charAt(0))) continue;
            String l = t.lemma() == null ? t.lower() : t.lemma();
            if (Character.isDigit(l.charAt(0))) l = "<num>";
            else if (t.posIs("PROPN") || "PERSON".equals(t.ner())) l = "<name>";
            f.add(l);
            f.add(prev + "_" + l);
            if (first) {
                f.add("first=" + (t.posIs("PROPN") || "PERSON".equals(t.ner()) ? "<name>" : l));
                first = false;
            }
            prev = l;
            if (FIRST_PERSON.contains(t.lower())) f.add("F:first-person");
            if (t.posIs("VERB") && REPORTING.contains(l)) f.add("F:reporting");
            if (t.pos() != null) f.add("P:" + t.pos());
            if (doc.quoteAt(t.start()) != null) f.add("F:in-quote");
        }
        if (ELSEWHERE_TIME.matcher(text).find()) f.add("F:time-elsewhere");
        if (text.strip().endsWith(":")) f.add("F:heading");
        if (text.toLowerCase(Locale.ROOT).contains("told me") || text.toLowerCase(Locale.ROOT).contains("said")) f.add("F:said");
        if (f.isEmpty()) f.add("<empty>");
        return f.toArray(String[]::new);
    }

    /** Features of one of our sentences. */
    public static String[] of(Document doc, Sentence s) {
        return of(doc, s.tokens(), s.text());
    }
}
