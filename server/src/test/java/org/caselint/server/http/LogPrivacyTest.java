package org.caselint.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The log has ids, sizes, statuses and times; never the note's text or the names in it, whatever the request. */
class LogPrivacyTest {
    /** Invented words that appear nowhere else, so any trace of them in the log is a leak. */
    static final String NAME = "Zephyrine Quillfeather";
    static final String PHRASE = "marmalade-telescope";

    @Test
    void noteTextAndNamesNeverReachTheLog() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            String text = "Home visit. " + NAME + " said the CIN plan was fine and mentioned the " + PHRASE + ".";
            assertEquals(200, TestServer.postJson("/api/v1/lint", "{\"id\": \"N-privacy\", \"text\": \"" + text
                    + "\", \"subject\": {\"name\": \"" + NAME + "\"}}").statusCode());
            assertEquals(400, TestServer.postJson("/api/v1/lint", "{\"text\": \"" + NAME + " was aggressive").statusCode());
            assertEquals(400, TestServer.postJson("/api/v1/lint", "{\"text\": " + PHRASE + "}").statusCode());
            assertEquals(200, TestServer.post("/v2/check", "application/x-www-form-urlencoded",
                    ("language=en-GB&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)).statusCode());
            assertEquals(200, TestServer.get("/v2/check?language=en&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).statusCode());
            // the access log line of the last request may follow its response: wait for it (bounded by the test timeout)
            for (int i = 0; i < 200 && !buf.toString(StandardCharsets.UTF_8).contains("GET /v2/check"); i++) Thread.sleep(25);
        } finally {
            System.setErr(original);
        }
        String log = buf.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("lint id=N-privacy"), log);
        assertTrue(log.contains("GET /v2/check 200"), log);
        for (String secret : new String[] {"Zephyrine", "Quillfeather", PHRASE, "aggressive", "CIN plan"}) {
            assertFalse(log.contains(secret), "the log leaks '" + secret + "':\n" + log);
        }
    }
}
