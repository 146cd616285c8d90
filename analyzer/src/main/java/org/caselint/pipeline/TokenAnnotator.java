package org.caselint.pipeline;

import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Sentence;
import org.caselint.model.Token;

/**
 * Tokenises each sentence with OpenNLP's UD English tokenizer, keeping character offsets into the original text.
 * Clitics stay attached ("Mum's", "didn't"), as the UD model writes them.
 */
public final class TokenAnnotator implements Annotator {
    private final ThreadLocal<TokenizerME> tokenizer;

    public TokenAnnotator(NlpModels models) {
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(models.tokens()));
    }

    @Override public String name() { return "tokens"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES); }
    @Override public Set<Layer> provides() { return Set.of(Layer.TOKENS); }

    @Override
    public void annotate(Document doc) {
        String norm = doc.normalized();
        for (Sentence s : doc.sentences()) {
            String sub = norm.substring(s.start(), s.end());
            for (Span sp : tokenizer.get().tokenizePos(sub)) {
                int a = s.start() + sp.getStart();
                int b = s.start() + sp.getEnd();
                if (b <= a) continue;
                Token t = new Token(doc.tokens().size(), a, b, norm.substring(a, b));
                s.addToken(t);
                doc.addToken(t);
            }
        }
        doc.markDone(Layer.TOKENS);
    }
}
