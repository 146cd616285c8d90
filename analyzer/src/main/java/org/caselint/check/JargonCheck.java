package org.caselint.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caselint.lexicon.JargonLexicon;
import org.caselint.lexicon.JargonLexicon.Term;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Sentence;
import org.caselint.model.Token;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Severity;

/**
 * Flags social-care jargon that has a plainer everyday alternative (TACT "Language that cares"; BASW tip 10),
 * driven by {@code jargon.json}. Senses are told apart by the entry's POS restriction and the words right before
 * and after ("eye contact", "contact details" and the verb "I contacted the school" are not family time). Words
 * inside a quotation are the speaker's own and are left alone; headings are not checked.
 */
public final class JargonCheck implements Check {
    public static final String RULE_ID = "jargon";

    private record Candidate(Term term, List<String> phrase) { }

    private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();
    private final Rule rule;

    public JargonCheck(JargonLexicon lexicon) {
        List<String> flag = new ArrayList<>();
        List<String> pass = new ArrayList<>();
        for (Term t : lexicon.terms()) {
            for (List<String> p : t.phrases()) {
                byFirstWord.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(new Candidate(t, p));
            }
            flag.addAll(t.entry().flag());
            pass.addAll(t.entry().pass());
        }
        // longest phrase first, so "contact centre" wins over "contact"
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.phrase().size() - a.phrase().size()));
        this.rule = new Rule(RULE_ID, Category.JARGON, Severity.INFO,
                "Professional jargon that has a plainer everyday wording.", Category.JARGON.standards(), flag, pass);
    }

    @Override public Rule rule() { return rule; }
    @Override public Set<Layer> requires() { return Set.of(Layer.LEMMA, Layer.QUOTES); }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.isHeading()) continue;
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (Words.isAllCaps(t.text()) && t.text().length() > 1) continue; // acronyms are the acronym check's
                int used = matchAt(doc, s, i, out);
                if (used > 0) i += used - 1;
            }
        }
        return out;
    }

    private int matchAt(Document doc, Sentence s, int i, List<Finding> out) {
        Token t = s.token(i);
        List<Candidate> cands = candidates(t);
        for (Candidate c : cands) {
            int n = Words.match(c.phrase(), s, i, true);
            if (n == 0 || !senseFits(c.term(), s, i, n)) continue;
            if (doc.quoteAt(t.start()) != null) return n;
            Token last = s.token(i + n - 1);
            String matched = doc.text().substring(t.start(), last.end());
            out.add(Finding.span(RULE_ID, Category.JARGON, doc.text(), t.start(), last.end(),
                    c.term().entry().message(matched), c.term().entry().suggestions(matched), rule.severity(),
                    c.term().entry().standards(), c.term().entry().id()));
            return n;
        }
        return 0;
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

    private static boolean senseFits(Term term, Sentence s, int i, int n) {
        if (!term.pos().isEmpty()) {
            String pos = s.token(i).pos();
            if (pos == null || term.pos().stream().noneMatch(p -> s.token(i).posIs(p))) return false;
        }
        for (List<String> p : term.notAfter()) if (Words.endsBefore(p, s, i)) return false;
        for (List<String> p : term.notBefore()) if (Words.match(p, s, i + n, true) > 0) return false;
        return true;
    }
}
