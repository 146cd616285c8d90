package org.caselint.server.http.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.caselint.server.Json;
import org.caselint.server.http.ApiException;
import org.junit.jupiter.api.Test;

/** Sentence ranges, annotated text offsets and form decoding. */
class TextMappingTest {
    static String ranges(String text) {
        return SentenceRanges.of(text).stream().map(r -> text.substring(r[0], r[1])).collect(Collectors.joining("|"));
    }

    @Test
    void sentencesEndAtFullStopsAndLineBreaks() {
        assertEquals("Home visit.|Mr. Smith was in.|\"Go away!\" he said.", ranges("Home visit. Mr. Smith was in. \"Go away!\" he said."));
        assertEquals("Summary|Jayden is well|Next steps: review", ranges("Summary\nJayden is well\n\n  Next steps: review  "));
        assertEquals("Version 2.5 was used.", ranges("Version 2.5 was used."));
        assertEquals(List.of(), SentenceRanges.of("   \n "));
    }

    @Test
    void annotatedTextMapsPlainOffsetsBackToTheOriginal() throws Exception {
        AnnotatedText at = AnnotatedText.fromData(Json.mapper().readTree(
                "{\"annotation\":[{\"text\":\"A \"},{\"markup\":\"<br/>\",\"interpretAs\":\"\\n\"},{\"text\":\"CIN.\"},{\"markup\":\"<i>\"}]}"));
        assertEquals("A \nCIN.", at.plain());
        assertEquals("A <br/>CIN.<i>", at.original());
        int s = at.plain().indexOf("CIN");
        assertEquals(at.original().indexOf("CIN"), at.toOriginal(s, false));
        assertEquals(at.original().indexOf("CIN") + 3, at.toOriginal(s + 3, true));
        // a span over the interpreted line break covers the whole tag
        assertEquals(2, at.toOriginal(2, false));
        assertEquals(7, at.toOriginal(3, true));
    }

    @Test
    void formDataDecodesStrictUtf8() {
        assertEquals("Mum’s visit & tea", FormData.parse("text=Mum%E2%80%99s+visit+%26+tea&x").get("text"));
        assertEquals("", FormData.parse("text=Mum&x").get("x"));
        assertEquals("400", String.valueOf(assertThrows(ApiException.class, () -> FormData.parse("text=%E2%80")).status()));
    }
}
