package org.caselint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Note;
import org.caselint.model.Sentence;
import org.caselint.model.Token;
import org.caselint.pipeline.Annotator;
import org.caselint.pipeline.LemmaAnnotator;
import org.caselint.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private static Document doc(String text) {
        return Shared.linter().analyse(Note.of("t", text));
    }

    @Test
    void splitsSentencesTypedWithNoSpaceAfterTheFullStop() {
        Document d = doc("He has been using cannabis most days.Dad is at the end of his tether. See www.Example.org or "
                + "email j.Smith@example.org today. It cost approx.Two pounds. He was alone overnight.Mr Patel said so.");
        List<String> s = d.sentences().stream().map(Sentence::text).toList();
        assertEquals(List.of("He has been using cannabis most days.", "Dad is at the end of his tether.",
                "See www.Example.org or email j.Smith@example.org today.", "It cost approx.Two pounds.", "He was alone overnight.",
                "Mr Patel said so."), s);
    }

    @Test
    void keepsAHyphenatedNameAsOneToken() {
        Document d = doc("Ava-Rose took the whole feed. She is in Year-2 and well-known.");
        assertEquals("Ava-Rose", d.tokens().get(0).text());
        assertTrue(d.tokens().stream().noneMatch(t -> t.text().equals("Ava-") || t.text().equals("Rose")));
    }

    @Test
    void rejectsAnnotatorsInTheWrongOrder() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Pipeline(List.of(new LemmaAnnotator())));
        assertTrue(e.getMessage().contains("lemma"));
    }

    @Test
    void rejectsAnAnnotatorWhoseNeedsNobodyProvides() {
        Annotator needsNames = new Annotator() {
            public String name() { return "x"; }
            public Set<Layer> requires() { return Set.of(Layer.PERSONS); }
            public Set<Layer> provides() { return Set.of(); }
            public void annotate(Document d) { }
        };
        assertThrows(IllegalStateException.class, () -> new Pipeline(List.of(needsNames)));
    }

    @Test
    void tokenOffsetsPointIntoTheOriginalText() {
        String text = "Purpose of visit:\n- check on Jayden’s “new” room\n- meet Mum at 3.30pm on 03/05/24\n\nFrom: a.b@council.example\nSubject: visit\nMum said ‘it’s fine’ and the cin plan was read";
        Document d = doc(text);
        for (Token t : d.tokens()) {
            assertEquals(Document_normalized(text).substring(t.start(), t.end()), t.text());
        }
        for (Sentence s : d.sentences()) assertEquals(text.substring(s.start(), s.end()), s.text());
    }

    private static String Document_normalized(String text) {
        return new Document(Note.of("x", text)).normalized();
    }

    @Test
    void headingsListItemsAndMailHeadersAreTheirOwnSentences() {
        Document d = doc("Purpose of visit:\n- check the bedroom\n- see the baby\nFrom: Jo Bloggs\nAnalysis: Mum is coping. She had food in.");
        List<String> sents = d.sentences().stream().map(Sentence::text).toList();
        assertEquals(List.of("Purpose of visit:", "- check the bedroom", "- see the baby", "From: Jo Bloggs",
                "Analysis: Mum is coping.", "She had food in."), sents);
        assertTrue(d.sentences().get(0).isHeading());
        assertTrue(d.sentences().get(1).isListItem());
        assertFalse(d.sentences().get(3).isHeading());
        assertEquals("purpose of visit", d.sentences().get(2).section());
        assertEquals("analysis", d.sentences().get(4).section());
        assertEquals("analysis", d.sentences().get(5).section());
    }

    @Test
    void lemmasAndPos() {
        Document d = doc("He threw two mugs and was shouting.");
        List<String> lemmas = d.tokens().stream().map(Token::lemma).toList();
        assertTrue(lemmas.contains("throw"), lemmas.toString());
        assertTrue(lemmas.contains("mug"), lemmas.toString());
        assertTrue(lemmas.contains("shout"), lemmas.toString());
        assertTrue(d.tokens().get(1).posIs("VERB"));
    }

    @Test
    void quotationsWithCurlyAndStraightMarksButNotApostrophes() {
        Document d = doc("Jayden said, “I don’t want to go.” Mum's reply was 'fine' and she didn't argue.");
        assertEquals(2, d.quotes().size(), d.quotes().toString());
        assertEquals("Jayden", d.quotes().get(0).speaker());
    }

    @Test
    void survivesOddInput() {
        for (String s : List.of("", " ", "\n\n\n", "...", "a", "🙂 emoji only 🙂", "x".repeat(5000), "LAC\tCIN\r\nS47")) {
            Shared.linter().lint(Note.of("odd", s));
        }
    }
}
