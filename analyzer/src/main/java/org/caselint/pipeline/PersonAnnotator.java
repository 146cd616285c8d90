package org.caselint.pipeline;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.PersonMention;
import org.caselint.model.Sentence;
import org.caselint.model.Token;

/**
 * Finds person names with Stanford CoreNLP's 3-class CRF NER model (loaded once, ~2.5 s; the classifier is
 * shared by all threads). Only tokens tagged PERSON become mentions, so pronouns never do.
 */
public final class PersonAnnotator implements Annotator {
    public static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final CRFClassifier<CoreLabel> classifier;

    public PersonAnnotator() {
        try {
            this.classifier = CRFClassifier.getClassifier(MODEL);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the CoreNLP NER model " + MODEL, e);
        }
    }

    @Override public String name() { return "persons"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.PERSONS); }

    @Override
    public void annotate(Document doc) {
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            if (toks.isEmpty()) continue;
            List<CoreLabel> labels = new ArrayList<>(toks.size());
            for (Token t : toks) {
                CoreLabel cl = new CoreLabel();
                String w = t.text();
                // the UD tokenizer keeps the possessive on the word ("Tyler's"); NER expects it split off
                if (w.endsWith("'s") && w.length() > 2) w = w.substring(0, w.length() - 2);
                cl.setWord(w);
                cl.setValue(w);
                cl.setOriginalText(w);
                labels.add(cl);
            }
            List<CoreLabel> out = classifier.classifySentence(labels);
            int i = 0;
            while (i < toks.size()) {
                String tag = out.get(i).get(CoreAnnotations.AnswerAnnotation.class);
                if (!"PERSON".equals(tag)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < toks.size() && "PERSON".equals(out.get(j).get(CoreAnnotations.AnswerAnnotation.class))) {
                    toks.get(j).setNer("PERSON");
                    j++;
                }
                int a = toks.get(i).start();
                int b = toks.get(j - 1).end();
                String name = doc.text().substring(a, b);
                if (name.endsWith("'s") || name.endsWith("\u2019s")) {
                    b -= 2;
                    name = name.substring(0, name.length() - 2);
                }
                doc.addPerson(new PersonMention(a, b, name, s.index()));
                i = j;
            }
        }
        doc.markDone(Layer.PERSONS);
    }
}
