package org.caselint.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caselint.server.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caselint train}: a fixed threshold is written as given; a bad one is refused before any training. */
class TrainCommandTest {
    @TempDir Path dir;

    private static int run(StringWriter out, StringWriter err, String... args) {
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void aFixedThresholdIsWrittenAsGiven() throws Exception {
        Path notes = Path.of("../corpus/annotated/tune/notes-A.jsonl");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "train", "--out", dir.toString(), "--folds", "2", "--iterations", "20",
                "--threshold", "missing-source=0.35", notes.toString()), err.toString());
        String ms = Files.readString(dir.resolve("missing-source.properties"), StandardCharsets.UTF_8);
        assertTrue(ms.contains("threshold=0.35"), ms);
        assertTrue(ms.contains("fixed by --threshold"), ms);
        String fo = Files.readString(dir.resolve("fact-opinion.properties"), StandardCharsets.UTF_8);
        assertTrue(fo.contains("chosen by 2-fold cross-validation"), fo);
        assertTrue(Files.size(dir.resolve("missing-source.bin")) > 0);
        // the head, and the classifier it makes, read back: 385 weights after the bias
        assertTrue(ms.contains("stacked head (missing-source.head)"), ms);
        org.caselint.learn.EmbeddingHead head = org.caselint.learn.EmbeddingHead.parse(
                Files.readAllLines(dir.resolve("missing-source.head")), "missing-source.head");
        double p = head.probability(org.caselint.learn.SentenceEncoder.shared().embed("Dad has been drinking again."), 0.5);
        assertTrue(p > 0 && p < 1, String.valueOf(p));
    }

    @Test
    void noHeadTrainsTheMaxentModelsAloneAndRemovesAnOldHead() throws Exception {
        Path notes = Path.of("../corpus/annotated/tune/notes-A.jsonl");
        Files.writeString(dir.resolve("fact-opinion.head"), "0.1\n");
        StringWriter err = new StringWriter();
        assertEquals(0, run(new StringWriter(), err, "train", "--out", dir.toString(), "--folds", "2", "--iterations", "20",
                "--no-head", notes.toString()), err.toString());
        assertTrue(Files.exists(dir.resolve("fact-opinion.bin")));
        assertTrue(!Files.exists(dir.resolve("fact-opinion.head")) && !Files.exists(dir.resolve("missing-source.head")));
        String fo = Files.readString(dir.resolve("fact-opinion.properties"), StandardCharsets.UTF_8);
        assertTrue(!fo.contains("stacked head"), fo);
    }

    @Test
    void aThresholdIsChosenOnTheNamedWriters() throws Exception {
        Path a = Path.of("../corpus/annotated/tune/notes-A.jsonl");
        Path b = Path.of("../corpus/annotated/tune/notes-B.jsonl");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "train", "--out", dir.toString(), "--folds", "2", "--iterations", "20",
                "--choose-on", "B", "--threshold", "fact-opinion=0.40", a.toString(), b.toString()), err.toString());
        String ms = Files.readString(dir.resolve("missing-source.properties"), StandardCharsets.UTF_8);
        assertTrue(ms.contains("threshold chosen on writers B ("), ms);
        assertTrue(ms.contains(", 0.30: "), ms);
        assertTrue(out.toString().contains("threshold chosen on writers B"), out.toString());
        String fo = Files.readString(dir.resolve("fact-opinion.properties"), StandardCharsets.UTF_8);
        assertTrue(fo.contains("threshold=0.40") && fo.contains("fixed by --threshold"), fo); // a fixed threshold wins
    }

    @Test
    void writersWithNoNotesAreBadInput() {
        StringWriter err = new StringWriter();
        assertEquals(Main.BAD_INPUT, run(new StringWriter(), err, "train", "--out", dir.toString(), "--choose-on", "ZZ",
                "../corpus/annotated/tune/notes-A.jsonl"));
        assertTrue(err.toString().contains("must have some of the notes, not none"), err.toString());
    }

    @Test
    void anUnknownCategoryOrAThresholdOutOfRangeIsBadInput() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(Main.BAD_INPUT, run(out, err, "train", "--out", dir.toString(), "--threshold", "jargon=0.3"));
        assertTrue(err.toString().contains("no classifier for 'jargon'"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(Main.BAD_INPUT, run(new StringWriter(), err2, "train", "--out", dir.toString(), "--threshold", "fact-opinion=1.5"));
        assertTrue(err2.toString().contains("at most 1"), err2.toString());
    }
}
