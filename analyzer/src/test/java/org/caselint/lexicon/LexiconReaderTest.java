package org.caselint.lexicon;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexiconReaderTest {
    @Test
    void aMisspeltKeyFailsNamingTheFileTheEntryAndTheKey() {
        LexiconException e = assertThrows(LexiconException.class, () -> PhraseLexicon.load("test-misspelt-key.json"));
        assertTrue(e.getMessage().contains("test-misspelt-key.json"), e.getMessage());
        assertTrue(e.getMessage().contains("'contact'"), e.getMessage());
        assertTrue(e.getMessage().contains("\"notbefore\""), e.getMessage());
        assertTrue(e.getMessage().contains("notBefore"), e.getMessage()); // names the keys it could have meant
    }

    @Test
    void theShippedLexiconsUseOnlyKnownKeys() {
        assertDoesNotThrow(() -> PhraseLexicon.load("jargon.json"));
        assertDoesNotThrow(() -> PhraseLexicon.load("missing-source.json"));
        assertDoesNotThrow(() -> PhraseLexicon.load("fact-opinion.json"));
        assertDoesNotThrow(() -> JudgementalLexicon.load());
        assertDoesNotThrow(() -> AcronymLexicon.load());
    }
}
