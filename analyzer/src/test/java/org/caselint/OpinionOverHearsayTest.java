package org.caselint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * A sentence flagged as opinion written as fact does not also get the missing-source classifier's guess, unless the
 * classifier is confident.
 */
class OpinionOverHearsayTest {
    private static final String TEXT = "This boyfriend is a risk to Amelia. Apparently he is back. Dad drinks.";

    private static Finding span(Category c, int from, int to, String term) {
        return Finding.span("r", c, TEXT, from, to, "m", List.of(), Severity.WARNING, List.of(), term);
    }

    @Test
    void classifierGuessGivesWayToOpinionFinding() {
        Finding opinion = span(Category.FACT_OPINION, 0, 34, "model");
        Finding guess = span(Category.MISSING_SOURCE, 0, 34, "model");
        assertEquals(List.of(opinion), Linter.withoutOpinionAsHearsay(List.of(guess, opinion)));
    }

    @Test
    void aConfidentClassifierFindingStaysBesideTheOpinion() {
        Finding opinion = span(Category.FACT_OPINION, 0, 34, "model");
        Finding confident = span(Category.MISSING_SOURCE, 0, 34, "model-confident");
        assertEquals(List.of(confident, opinion), Linter.withoutOpinionAsHearsay(List.of(confident, opinion)));
    }

    @Test
    void ruleFindingsAndOtherSentencesStay() {
        Finding opinion = span(Category.FACT_OPINION, 0, 34, "dismissive-generalisation");
        Finding hedge = span(Category.MISSING_SOURCE, 36, 46, "hedge");
        Finding hedgeInOpinion = span(Category.MISSING_SOURCE, 5, 14, "vague-source");
        Finding elsewhere = span(Category.MISSING_SOURCE, 59, 70, "model");
        List<Finding> all = List.of(opinion, hedge, hedgeInOpinion, elsewhere);
        assertEquals(all, Linter.withoutOpinionAsHearsay(all));
    }
}
