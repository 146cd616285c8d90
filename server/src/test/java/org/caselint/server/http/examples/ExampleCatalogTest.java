package org.caselint.server.http.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.caselint.report.Category;
import org.junit.jupiter.api.Test;

/** The example-pair format of corpus/examples/README.md: read, validated, failing fast with the file's name. */
class ExampleCatalogTest {
    static final String PAIR = """
            {"id": "acronym-cin", "title": "Say what CIN means", "category": "acronym", "standard": "Tees 3",
             "standards": ["Tees 3", "Coventry"], "subject": {"name": "Jayden Smith", "age": 9},
             "bad": "The CIN plan was reviewed.", "good": "The Child in Need (CIN) plan was reviewed.",
             "expected": [{"category": "acronym", "text": "CIN"}],
             "why": "A reader outside social care, Jayden one day among them, may not know what CIN means."}
            """;

    @Test
    void readsAPair() {
        ExampleCatalog c = ExampleCatalog.of(Map.of("acronym-cin.json", PAIR));
        ExamplePair p = c.pairs().get(0);
        assertEquals("acronym-cin", p.id());
        assertEquals("Jayden Smith", p.subject().name());
        assertEquals(9, p.subject().age());
        assertEquals(java.util.List.of("Tees 3", "Coventry"), p.standards());
        assertEquals(new ExamplePair.Expected("acronym", "CIN"), p.expected().get(0));
    }

    @Test
    void pairsComeInFileNameOrder() {
        ExampleCatalog c = ExampleCatalog.of(Map.of("b.json", PAIR.replace("acronym-cin", "b"), "a.json", PAIR.replace("acronym-cin", "a")));
        assertEquals("a", c.pairs().get(0).id());
    }

    @Test
    void badDataFailsNamingTheFileAndKey() {
        String e1 = assertThrows(IllegalStateException.class,
                () -> ExampleCatalog.of(Map.of("x.json", PAIR.replace("\"category\": \"acronym\", \"standard\"", "\"category\": \"spelling\", \"standard\"")))).getMessage();
        assertTrue(e1.contains("x.json") && e1.contains("category"), e1);
        String e2 = assertThrows(IllegalStateException.class,
                () -> ExampleCatalog.of(Map.of("y.json", PAIR.replace("\"why\"", "\"because\"")))).getMessage();
        assertTrue(e2.contains("y.json") && e2.contains("why"), e2);
        String e3 = assertThrows(IllegalStateException.class,
                () -> ExampleCatalog.of(Map.of("z.json", PAIR.replace("\"text\": \"CIN\"", "\"text\": \"LAC\"")))).getMessage();
        assertTrue(e3.contains("z.json") && e3.contains("LAC"), e3);
        String e4 = assertThrows(IllegalStateException.class,
                () -> ExampleCatalog.of(Map.of("a.json", PAIR, "b.json", PAIR))).getMessage();
        assertTrue(e4.contains("duplicate"), e4);
        assertThrows(IllegalStateException.class, () -> ExampleCatalog.of(Map.of("w.json", "[1, 2]")));
        String e5 = assertThrows(IllegalStateException.class,
                () -> ExampleCatalog.of(Map.of("v.json", PAIR.replace("{\"name\": \"Jayden Smith\", \"age\": 9}", "{\"age\": 9}")))).getMessage();
        assertTrue(e5.contains("v.json") && e5.contains("subject"), e5);
    }

    @Test
    void aSubjectMayBeJustAName() {
        ExamplePair p = ExampleCatalog.of(Map.of("a.json", PAIR.replace("{\"name\": \"Jayden Smith\", \"age\": 9}", "\"Kai Brown\""))).pairs().get(0);
        assertEquals("Kai Brown", p.subject().name());
    }

    @Test
    void theClasspathPairsAreValid() {
        // every pair index.txt lists loads, each with a known category
        for (ExamplePair p : ExampleCatalog.fromClasspath().pairs()) {
            Category.byId(p.category());
            assertTrue(!p.bad().equals(p.good()), p.id() + ": the good passage differs from the bad one");
        }
    }
}
