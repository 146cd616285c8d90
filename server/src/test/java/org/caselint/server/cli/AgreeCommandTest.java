package org.caselint.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caselint.server.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caselint agree} on two annotation files as a corpus builder runs it. */
class AgreeCommandTest {
    @TempDir Path dir;

    private static String note(String labels, boolean voiceMissing) {
        return "{\"id\":\"x1\",\"origin\":\"synthetic\",\"subject\":{\"name\":\"Ava Reid\",\"age\":9},\"family\":[],"
                + "\"sentences\":[{\"s\":\"Apparently Dad is drinking again.\",\"sep\":\" \",\"labels\":" + labels
                + ",\"ignore\":[]},{\"s\":\"Ava showed me her drawing.\",\"sep\":\"\\n\",\"labels\":[],\"ignore\":[]}],"
                + "\"child_voice_missing\":" + voiceMissing + "}\n";
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void printsBothDirectionsOnTheEvalScale() throws Exception {
        Path a = Files.writeString(dir.resolve("a.jsonl"), note("[\"missing-source\"]", false));
        Path b = Files.writeString(dir.resolve("b.jsonl"), note("[]", false));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "agree", a.toString(), b.toString()), err.toString());
        String text = out.toString();
        assertTrue(text.contains("1 notes, 2 sentences"), text);
        assertTrue(text.contains("SECOND scored against FIRST"), text);
        assertTrue(text.matches("(?s).*missing-source\\s+0\\s+0\\s+1 .*"), text);
        assertTrue(text.matches("(?s).*FIRST scored against SECOND.*missing-source\\s+0\\s+1\\s+0 .*"), text);
    }

    @Test
    void differentNotesAreBadInputWithAClearMessage() throws Exception {
        Path a = Files.writeString(dir.resolve("a.jsonl"), note("[]", false));
        Path b = Files.writeString(dir.resolve("b.jsonl"), note("[]", false).replace("\"x1\"", "\"x2\""));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(Main.BAD_INPUT, run(out, err, "agree", a.toString(), b.toString()));
        assertTrue(err.toString().contains("do not hold the same notes"), err.toString());
    }
}
