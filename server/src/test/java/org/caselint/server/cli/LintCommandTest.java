package org.caselint.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caselint.server.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: lint a file, --json, --batch, exit codes, bad input. */
class LintCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    private record Run(int code, String out, String err) { }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void humanOutputGivesLineColumnCategoryAndSuggestion() throws Exception {
        Path f = dir.resolve("note.txt");
        Files.writeString(f, "Home visit.\nThe CIN plan was discussed and contact with Dad went well.\n");
        Run r = run("lint", "--fail-on", "none", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(f + ":2:5: warning [acronym]"), r.out());
        assertTrue(r.out().contains("[jargon]"), r.out());
        assertTrue(r.out().contains("suggestion:"), r.out());
        assertTrue(r.out().contains("score"), r.out());
    }

    @Test
    void humanOutputSaysWhichChildANoteWithNoSubjectWasReadAsAbout() throws Exception {
        Path f = dir.resolve("note.txt");
        Files.writeString(f, "Home visit to Kane Hill (11)\nKane showed me his room. Mum said Kane sleeps well.\n");
        Run guessed = run("lint", "--fail-on", "none", f.toString());
        assertTrue(guessed.out().contains(f + ": note: read as a note about Kane Hill"), guessed.out());
        Run given = run("lint", "--fail-on", "none", "--subject", "Kane Hill", f.toString());
        assertFalse(given.out().contains("read as a note about"), given.out());
    }

    @Test
    void failOnSetsTheExitCode() throws Exception {
        Path f = dir.resolve("note.txt");
        Files.writeString(f, "Mum was aggressive during the visit.");
        assertEquals(1, run("lint", "--fail-on", "warning", f.toString()).code());
        assertEquals(0, run("lint", "--fail-on", "error", f.toString()).code());
    }

    @Test
    void jsonReportFollowsTheContract() throws Exception {
        Path f = dir.resolve("note.txt");
        String text = "The LAC review is on Monday. Mum was “hostile” and chaotic.";
        Files.writeString(f, text);
        Run r = run("lint", "--json", "--fail-on", "none", f.toString());
        JsonNode rep = JSON.readTree(r.out());
        assertTrue(rep.get("score").asInt() < 100);
        for (JsonNode finding : rep.get("findings")) {
            if (finding.get("scope").asText().equals("note")) continue;
            assertEquals(text.substring(finding.get("start").asInt(), finding.get("end").asInt()), finding.get("text").asText());
        }
    }

    @Test
    void batchWritesOneReportPerLineInOrderWithSpansMatching() throws Exception {
        List<String> texts = new ArrayList<>();
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            String t = switch (i % 4) {
                case 0 -> "Visit " + i + ". The S47 enquiry found Mum’s flat chaotic; apparently Dad has been drinking again.";
                case 1 -> "- seen at school\n- his friend Tyler (8) was there\n- CP plan reviewed 03/05/24";
                case 2 -> "Jayden told me he likes his new school and wants to join the football club. 🙂";
                default -> "";
            };
            texts.add(t);
            in.append(JSON.writeValueAsString(java.util.Map.of("id", "n" + i, "text", t))).append('\n');
        }
        Path input = dir.resolve("in.jsonl");
        Path output = dir.resolve("out.jsonl");
        Files.writeString(input, in.toString(), StandardCharsets.UTF_8);
        Run r = run("lint", "--batch", input.toString(), "--out", output.toString(), "--fail-on", "none");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(output);
        assertEquals(600, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode rep = JSON.readTree(lines.get(i));
            assertEquals("n" + i, rep.get("id").asText());
            for (JsonNode f : rep.get("findings")) {
                if (f.get("scope").asText().equals("note")) continue;
                assertEquals(texts.get(i).substring(f.get("start").asInt(), f.get("end").asInt()), f.get("text").asText());
            }
        }
    }

    @Test
    void badLinesGetAnErrorLineInPlaceAndExitCodeTwo() throws Exception {
        Path input = dir.resolve("in.jsonl");
        Path output = dir.resolve("out.jsonl");
        Files.writeString(input, "{\"id\":\"a\",\"text\":\"Fine.\"}\n{not json\n{\"id\":\"c\"}\n[1,2]\n");
        Run r = run("lint", "--batch", input.toString(), "--out", output.toString());
        assertEquals(2, r.code());
        List<String> lines = Files.readAllLines(output);
        assertEquals(4, lines.size());
        assertEquals("a", JSON.readTree(lines.get(0)).get("id").asText());
        assertEquals("bad-json", JSON.readTree(lines.get(1)).get("error").get("code").asText());
        assertEquals("c", JSON.readTree(lines.get(2)).get("id").asText());
        assertEquals("bad-note", JSON.readTree(lines.get(2)).get("error").get("code").asText());
        assertEquals(4, JSON.readTree(lines.get(3)).get("line").asInt());
    }

    @Test
    void invalidUtf8AndMissingFilesAreBadInput() throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.write(f, new byte[] {'M', 'u', 'm', (byte) 0xC3, (byte) 0x28});
        Run r = run("lint", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("UTF-8"), r.err());
        assertEquals(2, run("lint", dir.resolve("missing.txt").toString()).code());
        assertEquals(2, run("lint", "--fail-on", "loud", f.toString()).code());
    }
}
