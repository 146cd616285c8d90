package org.caselint.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models (UD English EWT, from the opennlp-models-*-en jars), loaded once. The models are
 * immutable and shared by all threads; the ME classes that use them are not, so annotators keep one per thread.
 */
public final class NlpModels {
    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel pos;

    private NlpModels(SentenceModel s, TokenizerModel t, POSModel p) {
        this.sentences = s;
        this.tokens = t;
        this.pos = p;
    }

    /** Loads the three models from the classpath (about half a second). */
    public static NlpModels load() {
        try {
            return new NlpModels(new SentenceModel(open("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")),
                    new TokenizerModel(open("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")),
                    new POSModel(open("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP models", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        return in;
    }

    public SentenceModel sentences() { return sentences; }
    public TokenizerModel tokens() { return tokens; }
    public POSModel pos() { return pos; }
}
