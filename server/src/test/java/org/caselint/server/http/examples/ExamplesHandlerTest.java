package org.caselint.server.http.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.caselint.report.Finding;
import org.caselint.server.http.TestServer;
import org.junit.jupiter.api.Test;

/** A pair is served with the linter's reports on both of its passages (an invented pair, held in memory). */
class ExamplesHandlerTest {
    @Test
    void eachPairCarriesTheReportsOnItsTwoPassages() {
        ExampleCatalog catalog = ExampleCatalog.of(Map.of("acronym-cin.json", ExampleCatalogTest.PAIR));
        ExamplesHandler handler = new ExamplesHandler(TestServer.linter(), catalog);
        ExamplesHandler.ExampleView v = handler.views().get(0);
        assertEquals("acronym-cin", v.id());
        assertTrue(v.reports().bad().findings().stream().anyMatch(f -> isCin(f)), v.reports().bad().toString());
        assertFalse(v.reports().good().findings().stream().anyMatch(f -> isCin(f)), v.reports().good().toString());
    }

    private static boolean isCin(Finding f) {
        return f.category().id().equals("acronym") && "CIN".equals(f.text());
    }
}
