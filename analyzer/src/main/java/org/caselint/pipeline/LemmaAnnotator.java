package org.caselint.pipeline;

import edu.stanford.nlp.process.Morphology;
import java.util.Locale;
import java.util.Set;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Token;

/**
 * Adds a lower-case lemma to every token with CoreNLP's rule-based {@link Morphology} (a finite-state lexer:
 * fast, unlike OpenNLP's statistical lemmatizer). Morphology wants Penn tags; the universal tag is enough to
 * choose between its verb, noun and other rules.
 */
public final class LemmaAnnotator implements Annotator {
    private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);

    @Override public String name() { return "lemma"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.POS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.LEMMA); }

    @Override
    public void annotate(Document doc) {
        Morphology m = morphology.get();
        for (Token t : doc.tokens()) {
            t.setLemma(lemma(m, t.text(), t.pos()));
        }
        doc.markDone(Layer.LEMMA);
    }

    private static final java.util.Set<String> IRREGULAR = java.util.Set.of("understood", "known", "thought", "said",
            "heard", "felt", "seen", "taken", "given", "shown", "written", "told", "found", "held", "brought", "kept");

    private static final java.util.Set<String> PLURALS = java.util.Set.of("children", "people", "men", "women",
            "feet", "teeth", "mice", "geese", "police");

    private static boolean participle(String w) {
        return (w.length() > 5 && w.endsWith("ed")) || IRREGULAR.contains(w);
    }

    static String lemma(Morphology m, String word, String upos) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (upos == null || upos.indexOf('+') >= 0 || !Character.isLetter(word.charAt(0))) return lower;
        String penn = switch (upos) {
            case "VERB", "AUX" -> "VBD";
            case "NOUN" -> lower.endsWith("s") || PLURALS.contains(lower) ? "NNS" : "NN";
            case "ADJ" -> "JJ";
            case "ADV" -> "RB";
            default -> null;
        };
        if (penn == null) return lower;
        if (upos.equals("ADJ") && participle(lower)) penn = "VBN"; // "it is understood": the tagger often says ADJ
        String l = m.lemma(lower, penn);
        return l == null || l.isEmpty() ? lower : l.toLowerCase(Locale.ROOT);
    }
}
