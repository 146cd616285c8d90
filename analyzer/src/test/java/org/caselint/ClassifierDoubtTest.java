package org.caselint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.caselint.learn.SentenceClassifier;
import org.caselint.learn.SentenceFeatures;
import org.caselint.model.Document;
import org.caselint.model.Note;
import org.caselint.model.Sentence;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * missing-source: the rules that guess from a plain statement's shape that the writer was not there give way when
 * the trained classifier finds the sentence very unlikely to be hearsay; explicit cues never do.
 */
class ClassifierDoubtTest {

    private static List<String> missingSource(Linter linter, String text) {
        return linter.lint(Note.of("doubt", text)).findings().stream()
                .filter(f -> f.category() == Category.MISSING_SOURCE).map(Finding::term).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Precious attended all five days of her course at Riverside College this week.",
        "Lily went swimming with her foster carer on Saturday and enjoyed it.",
        "Amir sat his maths exam on Monday."})
    void anEverydayEventTheClassifierDoubtsIsNotFlagged(String text) {
        assertEquals(List.of("unwitnessed-event"), missingSource(Shared.rulesOnly(), text), "the rule's guess");
        assertEquals(List.of(), missingSource(Shared.linter(), text), "overruled by the classifier");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Dad hit Mum last weekend.",
        "Dad has been drinking heavily again.",
        "Mum has been using cocaine again."})
    void hearsayTheRulesGuessStaysFlagged(String text) {
        assertFalse(missingSource(Shared.linter(), text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "It was reported that dad hit mum.",
        "Apparently mum has a new partner.",
        "Concerns have been raised about the children being left alone.",
        "Neighbours say the children are left alone at night."})
    void explicitCuesAreNeverOverruled(String text) {
        assertFalse(missingSource(Shared.linter(), text).isEmpty(), text);
    }

    @Test
    void atLeastTheThresholdIsWhatFlagsMeans() {
        SentenceClassifier model = SentenceClassifier.load(Linter.TRAINED + "missing-source");
        for (String text : List.of("Dad hit Mum last weekend.", "Amir sat his maths exam on Monday.",
                "I read the story with Amir and he chose the next book.")) {
            Document doc = Shared.linter().analyse(Note.of("doubt", text));
            Sentence s = doc.sentences().get(0);
            String[] features = SentenceFeatures.of(doc, s);
            double p = model.probability(features, s.text());
            assertEquals(model.flags(features, s.text()), model.atLeast(features, s.text(), model.threshold()), text);
            assertTrue(model.atLeast(features, s.text(), Math.max(0, p - 1e-9)), text);
            assertFalse(model.atLeast(features, s.text(), Math.min(1, p + 1e-6)), text);
        }
    }
}
