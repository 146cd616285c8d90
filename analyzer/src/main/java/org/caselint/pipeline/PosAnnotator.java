package org.caselint.pipeline;

import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Sentence;
import org.caselint.model.Token;

/** Tags each token with its universal POS tag (OpenNLP, UD English EWT model). */
public final class PosAnnotator implements Annotator {
    /** Longest run of tokens tagged in one call. */
    static final int WINDOW = 120;

    private final ThreadLocal<POSTaggerME> tagger;

    public PosAnnotator(NlpModels models) {
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(models.pos(), POSTagFormat.UD));
    }

    @Override public String name() { return "pos"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.POS); }

    @Override
    public void annotate(Document doc) {
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            if (toks.isEmpty()) continue;
            // OpenNLP's beam search copies its sequence at every step, so its time grows with the square of the
            // sentence length; a run-on line without full stops is tagged in windows cut at punctuation.
            int from = 0;
            while (from < toks.size()) {
                int to = Math.min(toks.size(), from + WINDOW);
                if (to < toks.size()) {
                    for (int k = to - 1; k > from + WINDOW / 2; k--) {
                        if (toks.get(k).text().length() == 1 && ",;:-)".indexOf(toks.get(k).text().charAt(0)) >= 0) {
                            to = k + 1;
                            break;
                        }
                    }
                }
                String[] words = new String[to - from];
                for (int i = 0; i < words.length; i++) words[i] = toks.get(from + i).text();
                String[] tags = tagger.get().tag(words);
                for (int i = 0; i < words.length; i++) toks.get(from + i).setPos(tags[i]);
                from = to;
            }
        }
        doc.markDone(Layer.POS);
    }
}
