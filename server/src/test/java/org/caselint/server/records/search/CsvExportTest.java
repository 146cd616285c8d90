package org.caselint.server.records.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.caselint.model.Note;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Severity;
import org.junit.jupiter.api.Test;

class CsvExportTest {
    @Test
    void quotesPerRfc4180() {
        assertEquals("plain", CsvExport.cell("plain"));
        assertEquals("\"a, b\"", CsvExport.cell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExport.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvExport.cell("two\nlines"));
    }

    @Test
    void neutralisesFormulaInjection() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvExport.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CsvExport.cell("+1"));
        assertEquals("'-2+3", CsvExport.cell("-2+3"));
        assertEquals("'@SUM(A1)", CsvExport.cell("@SUM(A1)"));
        assertEquals("\"'=1,2\"", CsvExport.cell("=1,2"));
    }

    @Test
    void writesAHeaderAndOneRecordPerHitWithCrlf() {
        String text = "Mum was aggressive.";
        Finding f = Finding.span("judgemental-unsupported", Category.JUDGEMENTAL, text, 8, 18, "m", List.of(),
                Severity.WARNING, List.of(), "aggressive");
        SearchResult.Hit h = new SearchResult.Hit("N-1", null, 92, new Note.Subject("Kai Smith", null, 7),
                new Note.Author("=cmd|' /C calc'!A0", "Social Worker", "Team, North", "Children's Services"), "C-1",
                "home visit", "2024-05-03", "2024-05-04", false, Map.of("judgemental", 1), null, List.of(f));
        StringWriter w = new StringWriter();
        CsvExport csv = new CsvExport(w);
        csv.header();
        csv.row(h);
        String[] lines = w.toString().split("\r\n");
        assertEquals(2, lines.length);
        assertEquals(String.join(",", CsvExport.COLUMNS), lines[0]);
        assertTrue(lines[1].startsWith("N-1,2024-05-03,2024-05-04,home visit,C-1,Kai Smith,'=cmd|' /C calc'!A0,Social Worker,\"Team, North\","), lines[1]);
        assertTrue(lines[1].endsWith(",false,92,1,judgemental:1,judgemental-unsupported,aggressive,aggressive"), lines[1]);
    }
}
