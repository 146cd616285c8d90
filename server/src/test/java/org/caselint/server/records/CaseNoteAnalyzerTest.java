package org.caselint.server.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class CaseNoteAnalyzerTest {
    private final Analyzer analyzer = new CaseNoteAnalyzer();

    private List<String> analyse(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }

    @Test
    void stemsLowercasesAndDropsPossessivesAndStopWords() throws IOException {
        assertEquals(List.of("jayden", "dad", "aggress"), analyse("Jayden's dad was aggressive"));
        assertEquals(List.of("aggress", "shout"), analyse("the aggression and shouting"));
        assertEquals(List.of("front", "room"), analyse("In the FRONT room."));
    }

    @Test
    void keepsOffsetsIntoTheOriginalTextAndPositionGapsForStopWords() throws IOException {
        String text = "Mum was hostile";
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            ts.incrementToken();
            assertEquals("mum", term.toString());
            ts.incrementToken();
            assertEquals("hostil", term.toString());
            assertEquals("hostile", text.substring(off.startOffset(), off.endOffset()));
            assertEquals(2, inc.getPositionIncrement()); // "was" removed, its position kept
            ts.end();
        }
    }
}
