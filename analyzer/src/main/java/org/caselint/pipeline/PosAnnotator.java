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
            String[] words = new String[toks.size()];
            for (int i = 0; i < words.length; i++) words[i] = toks.get(i).text();
            String[] tags = tagger.get().tag(words);
            for (int i = 0; i < words.length; i++) toks.get(i).setPos(tags[i]);
        }
        doc.markDone(Layer.POS);
    }
}
