package org.caselint.check;

import java.util.ArrayList;
import java.util.List;
import org.caselint.learn.SentenceClassifier;
import org.caselint.learn.SentenceFeatures;
import org.caselint.lexicon.Entry;
import org.caselint.model.Document;
import org.caselint.model.Sentence;
import org.caselint.model.Token;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Severity;

/** Building findings and rules the same way in every lexicon-driven check. */
final class Spans {
    private Spans() { }

    /** A finding over tokens [from, to) of a sentence, worded by its lexicon entry. */
    static Finding fromEntry(Document doc, Sentence s, int from, int to, Rule rule, Entry entry) {
        Token first = s.token(from);
        Token last = s.token(to - 1);
        String matched = doc.text().substring(first.start(), last.end());
        return Finding.span(rule.id(), rule.category(), doc.text(), first.start(), last.end(), entry.message(matched),
                entry.suggestions(matched), rule.severity(), entry.standards(), entry.id());
    }

    /** A finding over tokens [from, to) of a sentence with its own message. */
    static Finding fromTokens(Document doc, Sentence s, int from, int to, Rule rule, String message, String term) {
        Token first = s.token(from);
        Token last = s.token(to - 1);
        return Finding.span(rule.id(), rule.category(), doc.text(), first.start(), last.end(), message, List.of(),
                rule.severity(), rule.standards(), term);
    }

    /** A finding over the whole sentence without its bullet mark and closing punctuation, or null if nothing is left. */
    static Finding wholeSentence(Document doc, Sentence s, Rule rule, String message, String term) {
        List<Token> toks = s.tokens();
        if (toks.isEmpty()) return null;
        Token first = toks.get(0);
        Token last = toks.get(toks.size() - 1);
        if (last.posIs("PUNCT") && toks.size() > 1) last = toks.get(toks.size() - 2);
        if (first.posIs("PUNCT") && toks.size() > 1) first = toks.get(1);
        if (last.end() <= first.start()) return null;
        return Finding.span(rule.id(), rule.category(), doc.text(), first.start(), last.end(), message, List.of(),
                rule.severity(), rule.standards(), term);
    }

    /**
     * A trained classifier's finding over a whole sentence the rules left alone, or null when there is no
     * classifier or it is not confident.
     */
    static Finding modelFinding(Document doc, Sentence s, SentenceClassifier model, Rule rule, String message) {
        return modelFinding(doc, s, model, rule, message, Double.POSITIVE_INFINITY, true);
    }

    /**
     * A classifier's finding over a whole sentence, the classifier asked once: {@code model-confident} when its
     * probability is at least {@code confidence} (and its threshold); otherwise, when {@code atThreshold}, {@code model}
     * when it is at least the threshold; else null.
     */
    static Finding modelFinding(Document doc, Sentence s, SentenceClassifier model, Rule rule, String message,
                                double confidence, boolean atThreshold) {
        if (model == null || s.isHeading() || s.tokens().size() < 4) return null;
        double confident = Math.max(model.threshold(), confidence);
        double p = model.probabilityReaching(SentenceFeatures.of(doc, s), before(doc, s), s.text(),
                atThreshold ? model.threshold() : confident);
        if (p >= confident) return wholeSentence(doc, s, rule, message, "model-confident");
        if (atThreshold && p >= model.threshold()) return wholeSentence(doc, s, rule, message, "model");
        return null;
    }

    /** True when there is a classifier and it gives the sentence a probability under {@code doubt}. */
    static boolean modelDoubts(Document doc, Sentence s, SentenceClassifier model, double doubt) {
        if (model == null || s.tokens().size() < 4) return false;
        return !model.atLeast(SentenceFeatures.of(doc, s), before(doc, s), s.text(), doubt);
    }

    /** The text of the sentence before {@code s} in the document, or empty for the first. */
    static String before(Document doc, Sentence s) {
        Sentence previous = doc.previous(s);
        return previous == null ? "" : previous.text();
    }

    /** A rule whose examples are all its lexicon entries' examples (plus any given). */
    static Rule rule(String id, Category category, Severity severity, String description, List<Entry> entries,
                     List<String> moreFlag, List<String> morePass) {
        List<String> flag = new ArrayList<>();
        List<String> pass = new ArrayList<>();
        for (Entry e : entries) {
            flag.addAll(e.flag());
            pass.addAll(e.pass());
        }
        flag.addAll(moreFlag);
        pass.addAll(morePass);
        return new Rule(id, category, severity, description, category.standards(), flag, pass);
    }
}
