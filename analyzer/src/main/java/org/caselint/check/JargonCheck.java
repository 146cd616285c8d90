package org.caselint.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Flags social-care jargon that has a plainer everyday alternative (TACT "Language that cares"; BASW tip 10),
 * driven by {@code jargon.json}. Senses are told apart by the entry's POS restriction and the words right before
 * and after ("eye contact", "contact details" and the verb "I contacted the school" are not family time). Words
 * inside a quotation are the speaker's own and are left alone; headings and acronyms are not checked here. An entry
 * can name phrases that show the whole note uses another sense ("neonatal unit"): in such a note it is not flagged.
 */
public final class JargonCheck implements Check {
    public static final String RULE_ID = "jargon";

    private final PhraseMatcher matcher;
    private final Rule rule;

    public JargonCheck(PhraseLexicon lexicon) {
        this.matcher = new PhraseMatcher(lexicon);
        this.rule = Spans.rule(RULE_ID, Category.JARGON, Severity.INFO,
                "Professional jargon that has a plainer everyday wording.",
                lexicon.terms().stream().map(Term::entry).toList(), List.of(), List.of());
    }

    @Override public Rule rule() { return rule; }
    @Override public Set<Layer> requires() { return Set.of(Layer.LEMMA, Layer.QUOTES); }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.isHeading()) continue;
            for (PhraseMatcher.Match m : matcher.find(s)) {
                Token first = s.token(m.from());
                Token last = s.token(m.to() - 1);
                if (first.text().length() > 1 && Words.isAllCaps(first.text())) continue;
                if (doc.quoteAt(first.start()) != null) continue;
                if (m.term().otherSenseIn(doc.memo("lower-case text", d -> d.normalized().toLowerCase(Locale.ROOT)))) continue;
                out.add(Spans.fromEntry(doc, s, m.from(), m.to(), rule, m.term().entry()));
            }
        }
        return out;
    }
}
