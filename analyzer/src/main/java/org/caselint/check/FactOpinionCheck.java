package org.caselint.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caselint.lexicon.PhraseLexicon;
import org.caselint.lexicon.PhraseLexicon.Term;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Sentence;
import org.caselint.model.Token;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Severity;

/**
 * Flags opinion or inference stated as fact (Tees 6; Enfield appendix 1; Coventry): certainty words
 * ("clearly", "obviously"), "it is evident that", sweeping statements ("doesn't care"), driven by
 * {@code fact-opinion.json}, and characterisations of a person ("Jayden is a troubled boy"). Not flagged when the
 * writer owns the opinion ("In my view ..., because ..."), when it is someone else's reported view, or inside a
 * quotation.
 */
public final class FactOpinionCheck implements Check {
    public static final String RULE_ID = "fact-opinion";
    public static final String CHARACTERISATION = "characterisation";

    private final PhraseMatcher matcher;
    private final Rule rule;

    public FactOpinionCheck(PhraseLexicon lexicon) {
        this.matcher = new PhraseMatcher(lexicon);
        List<String> flag = new ArrayList<>();
        List<String> pass = new ArrayList<>();
        for (Term t : lexicon.terms()) {
            flag.addAll(t.entry().flag());
            pass.addAll(t.entry().pass());
        }
        flag.add("Jayden is a troubled boy.");
        pass.add("Jayden is a nine-year-old boy who lives with his mum.");
        this.rule = new Rule(RULE_ID, Category.FACT_OPINION, Severity.WARNING,
                "Opinion or inference written as fact, without being owned or without its evidence.",
                Category.FACT_OPINION.standards(), flag, pass);
    }

    @Override public Rule rule() { return rule; }
    @Override public Set<Layer> requires() { return Set.of(Layer.LEMMA, Layer.QUOTES); }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.isHeading()) continue;
            if (Attribution.ownedOpinion(s)) continue;
            Finding f = null;
            for (PhraseMatcher.Match m : matcher.find(s)) {
                Token first = s.token(m.from());
                Token last = s.token(m.to() - 1);
                if (doc.quoteAt(first.start()) != null) continue;
                if (reportedView(s, m.from())) continue;
                String matched = doc.text().substring(first.start(), last.end());
                Term t = m.term();
                f = Finding.span(RULE_ID, Category.FACT_OPINION, doc.text(), first.start(), last.end(),
                        t.entry().message(matched), t.entry().suggestions(matched), rule.severity(),
                        t.entry().standards(), t.entry().id());
                break;
            }
            if (f == null) f = characterisation(doc, s);
            if (f != null) out.add(f);
        }
        return out;
    }

    /** "The teacher said Jessica is clearly being bullied": someone else's view, reported as theirs. */
    private static boolean reportedView(Sentence s, int at) {
        for (int k = at - 1; k >= 0; k--) {
            Token t = s.token(k);
            String l = t.lemma() == null ? t.lower() : t.lemma();
            if (t.posIs("VERB") && Set.of("say", "tell", "feel", "think", "believe", "describe", "report", "state",
                    "explain", "worry", "agree").contains(l) && !Attribution.passiveAt(s, k)) return true;
        }
        return false;
    }

    /** "X is a troubled young man", "They are excellent foster carers": a person summed up in a label. */
    private Finding characterisation(Document doc, Sentence s) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size() - 2; i++) {
            Token be = toks.get(i);
            if (!(be.lower().equals("is") || be.lower().equals("are") || be.lower().equals("'s"))) continue;
            int k = i + 1;
            if (k < toks.size() && (toks.get(k).lower().equals("a") || toks.get(k).lower().equals("an"))) k++;
            int adjStart = k;
            int adjs = 0;
            while (k < toks.size() && (toks.get(k).posIs("ADJ") || toks.get(k).posIs("ADV") || toks.get(k).text().equals(",")
                    || toks.get(k).text().equals("-"))) {
                if (toks.get(k).posIs("ADJ")) adjs++;
                k++;
            }
            if (adjs == 0 || k >= toks.size()) continue;
            Token noun = toks.get(k);
            if (!noun.posIs("NOUN")) continue;
            if (!JudgementalCheck.PERSON_NOUNS.contains(noun.lemma()) && !Set.of("carer", "influence", "man", "woman",
                    "boy", "girl", "mother", "father", "parent", "child", "lad", "kid").contains(noun.lemma())) continue;
            if (Set.of("family", "home", "house", "flat", "room", "bedroom", "kitchen", "way", "one", "group",
                    "phone", "call", "service", "user", "student", "pupil").contains(noun.lemma())) continue;
            // age and plain descriptions are facts: "a nine-year-old boy", "a British man", "a single parent"
            Token adj = toks.get(adjStart);
            boolean evaluative = false;
            for (int j = adjStart; j < k; j++) {
                Token a = toks.get(j);
                if (a.posIs("ADJ") && !a.lower().matches(".*\\d.*|.*-old|single|young|little|new|first|second|only|"
                        + "older|younger|eldest|oldest|youngest|british|white|black|asian|local|same|other|main|"
                        + "current|former|previous|lone|birth|foster|kinship|male|female|teenage|adult|disabled|"
                        + "deaf|blind|autistic|unaccompanied|allocated|named|primary|secondary|full-time|part-time")) {
                    evaluative = true;
                }
            }
            if (!evaluative) continue;
            if (doc.quoteAt(adj.start()) != null || reportedView(s, i)) return null;
            String matched = doc.text().substring(adj.start(), noun.end());
            return Finding.span(RULE_ID, Category.FACT_OPINION, doc.text(), adj.start(), noun.end(),
                    "'" + matched + "' sums a person up in a label and states it as fact. Describe what you saw and "
                            + "heard, and give your view as yours, with its evidence.",
                    List.of("In my view ..., because ..."), rule.severity(), rule.standards(), CHARACTERISATION);
        }
        return null;
    }
}
