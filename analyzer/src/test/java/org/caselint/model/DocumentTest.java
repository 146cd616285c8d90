package org.caselint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link Document#memo}: a note-wide value is worked out once and shared by everyone who asks for it. */
class DocumentTest {
    @Test
    void aMemoIsComputedOnceAndKeptByKey() {
        Document doc = new Document(Note.of("m1", "Visited Ava at home."));
        AtomicInteger calls = new AtomicInteger();
        List<String> first = doc.memo("test.words", d -> { calls.incrementAndGet(); return List.of(d.text()); });
        List<String> second = doc.memo("test.words", d -> { calls.incrementAndGet(); return List.of("other"); });
        assertSame(first, second);
        assertEquals(1, calls.get());
        assertEquals("other", doc.<String>memo("test.other", d -> "other"));
        assertEquals(List.of("Visited Ava at home."), first);
    }
}
