package org.caselint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.caselint.check.Rule;
import org.caselint.lexicon.AcronymLexicon;
import org.caselint.lexicon.Entry;
import org.caselint.lexicon.PhraseLexicon;
import org.caselint.lexicon.JudgementalLexicon;
import org.caselint.model.Note;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every lexicon entry's examples are tests: its "flag" examples raise it, its "pass" examples do not. */
class LexiconExamplesTest {

    private record Case(Category category, Entry entry) { }

    private static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        PhraseLexicon.load("missing-source.json").terms().forEach(t -> all.add(new Case(Category.MISSING_SOURCE, t.entry())));
        PhraseLexicon.load("fact-opinion.json").terms().forEach(t -> all.add(new Case(Category.FACT_OPINION, t.entry())));
        AcronymLexicon.load().all().forEach(a -> all.add(new Case(Category.ACRONYM, a.entry())));
        PhraseLexicon.load("jargon.json").terms().forEach(t -> all.add(new Case(Category.JARGON, t.entry())));
        JudgementalLexicon.load().labels().forEach(l -> all.add(new Case(Category.JUDGEMENTAL, l.entry())));
        return all;
    }

    private static boolean raises(String text, Case c) {
        for (Finding f : Shared.linter().lint(Note.of("example", text)).findings()) {
            if (f.category() == c.category() && c.entry().id().equals(f.term())) return true;
        }
        return false;
    }

    @TestFactory
    Stream<DynamicTest> everyEntryFlagsItsFlagExamples() {
        return cases().stream().flatMap(c -> c.entry().flag().stream().map(ex -> DynamicTest.dynamicTest(
                c.category().id() + "/" + c.entry().id() + " flags: " + ex,
                () -> assertTrue(raises(ex, c), "expected '" + c.entry().id() + "' in: " + ex))));
    }

    @TestFactory
    Stream<DynamicTest> everyEntryPassesItsPassExamples() {
        return cases().stream().flatMap(c -> c.entry().pass().stream().map(ex -> DynamicTest.dynamicTest(
                c.category().id() + "/" + c.entry().id() + " passes: " + ex,
                () -> assertFalse(raises(ex, c), "did not expect '" + c.entry().id() + "' in: " + ex))));
    }

    @Test
    void everyEntryHasExamplesReasonAndSource() {
        for (Case c : cases()) {
            assertFalse(c.entry().flag().isEmpty(), c.entry().id() + " has no flag example");
            assertFalse(c.entry().pass().isEmpty(), c.entry().id() + " has no pass example");
            assertFalse(c.entry().source().toLowerCase().contains("unknown"), c.entry().id() + " has no real source");
            for (String sug : c.entry().suggestions()) {
                assertFalse(sug.contains("...") || sug.contains(":"), c.entry().id() + ": a suggestion must be wording to apply, not advice: " + sug);
            }
        }
    }

    @Test
    void ruleIdsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (Rule r : Shared.linter().rules()) assertTrue(ids.add(r.id()), "duplicate rule id " + r.id());
    }

    /** A rule's own catalogue examples (shown on /api/v1/rules) must raise it. */
    @TestFactory
    Stream<DynamicTest> everyRuleFlagsItsCatalogueExamples() {
        return Shared.linter().rules().stream().flatMap(r -> r.flag().stream().map(ex -> DynamicTest.dynamicTest(
                r.id() + " flags: " + ex, () -> assertTrue(hasRule(ex, r), ex))));
    }

    private static boolean hasRule(String text, Rule r) {
        return Shared.linter().lint(Note.of("x", text)).findings().stream().anyMatch(f -> f.rule().equals(r.id()));
    }
}
