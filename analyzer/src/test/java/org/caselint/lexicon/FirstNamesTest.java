package org.caselint.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FirstNamesTest {
    @Test
    void givesTheSexOfANameThatIsAlmostAlwaysOneSexs() {
        assertEquals('f', FirstNames.sexOf("Helen"));
        assertEquals('m', FirstNames.sexOf("mark"));
        assertEquals('m', FirstNames.sexOf("HARVEY"));
    }

    @Test
    void leavesOutNamesGivenToBothSexesAndOrdinaryWords() {
        assertNull(FirstNames.sexOf("Alex"));
        assertNull(FirstNames.sexOf("Jordan"));
        assertNull(FirstNames.sexOf("Charlie"));
        assertNull(FirstNames.sexOf("school"));
    }
}
