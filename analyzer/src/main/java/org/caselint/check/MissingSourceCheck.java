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
 * Flags second-hand information with no named source (Tees 6; Enfield §7, Accuracy): hedges ("apparently"),
 * agentless passives ("it was reported"), vague sources ("neighbours say") and unsourced history ("has a history
 * of"), driven by {@code missing-source.json}. A sentence that names who said or recorded it ("Mum told me",
 * "the police log of 3 May records"), or what the writer saw or heard, is not flagged; nor is a cue inside a
 * quotation or under negation.
 */
public final class MissingSourceCheck implements Check {
    public static final String RULE_ID = "missing-source";

    private final PhraseMatcher matcher;
    private final Rule rule;

    public MissingSourceCheck(PhraseLexicon lexicon) {
        this.matcher = new PhraseMatcher(lexicon);
        List<String> flag = new ArrayList<>();
        List<String> pass = new ArrayList<>();
        for (Term t : lexicon.terms()) {
            flag.addAll(t.entry().flag());
            pass.addAll(t.entry().pass());
        }
        this.rule = new Rule(RULE_ID, Category.MISSING_SOURCE, Severity.WARNING,
                "Information the writer did not witness, recorded without saying who it came from.",
                Category.MISSING_SOURCE.standards(), flag, pass);
    }

    @Override public Rule rule() { return rule; }
    @Override public Set<Layer> requires() { return Set.of(Layer.LEMMA, Layer.QUOTES); }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.isHeading()) continue;
            List<PhraseMatcher.Match> ms = matcher.find(s);
            if (ms.isEmpty()) continue;
            boolean sourced = Attribution.sourced(s);
            for (PhraseMatcher.Match m : ms) {
                Token first = s.token(m.from());
                Token last = s.token(m.to() - 1);
                if (doc.quoteAt(first.start()) != null) continue;
                boolean hedge = m.term().entry().id().equals("hedge") || m.term().entry().id().equals("vague-source");
                if (sourced && !hedge) continue;
                if (!hedge && Words.negated(s, m.from(), 3)) continue;
                String matched = doc.text().substring(first.start(), last.end());
                out.add(Finding.span(RULE_ID, Category.MISSING_SOURCE, doc.text(), first.start(), last.end(),
                        m.term().entry().message(matched), m.term().entry().suggestions(matched), rule.severity(),
                        m.term().entry().standards(), m.term().entry().id()));
                break; // one finding per sentence is enough to say what to fix
            }
        }
        return out;
    }
}
