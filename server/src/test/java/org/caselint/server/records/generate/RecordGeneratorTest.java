package org.caselint.server.records.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caselint.model.Note;
import org.junit.jupiter.api.Test;

class RecordGeneratorTest {
    @Test
    void sameSeedSameRecordsOtherSeedOtherRecords() {
        assertEquals(RecordGenerator.stream(5, 200).toList(), RecordGenerator.stream(5, 200).toList());
        assertNotEquals(RecordGenerator.stream(5, 50).toList(), RecordGenerator.stream(6, 50).toList());
    }

    @Test
    void everyRecordHasEveryField() {
        for (Note n : RecordGenerator.stream(1, 500).toList()) {
            assertNotNull(n.id());
            assertTrue(n.text().split("\\s+").length >= 15, n.id());
            assertFalse(n.text().contains("{"), n.text());
            assertNotNull(n.subject().name());
            assertNotNull(n.subject().dateOfBirth());
            assertTrue(n.subject().age() >= 0 && n.subject().age() <= 19, n.id());
            assertFalse(n.family().isEmpty());
            assertNotNull(n.author().name());
            assertNotNull(n.author().role());
            assertNotNull(n.author().team());
            assertNotNull(n.author().agency());
            assertTrue(n.childId().startsWith("C-"));
            assertNotNull(n.kind());
            LocalDate event = LocalDate.parse(n.eventDate());
            assertFalse(LocalDate.parse(n.recordedDate()).isBefore(event));
            assertNotNull(n.restricted());
        }
    }

    @Test
    void variedWorld() {
        List<Note> notes = RecordGenerator.stream(2, 3000).toList();
        assertEquals(3000, notes.stream().map(Note::id).distinct().count());
        assertTrue(notes.stream().map(n -> n.author().team()).distinct().count() >= 10);
        assertTrue(notes.stream().map(n -> n.author().name()).distinct().count() >= 40);
        assertTrue(notes.stream().map(Note::childId).distinct().count() >= 150);
        Set<String> kinds = notes.stream().map(Note::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("home visit", "school visit", "phone call", "family time", "supervision", "strategy meeting")), kinds.toString());
        Set<Integer> years = notes.stream().map(n -> LocalDate.parse(n.eventDate()).getYear()).collect(Collectors.toSet());
        assertTrue(years.size() >= 4, years.toString());
        // siblings: family lists with more than the parents
        assertTrue(notes.stream().anyMatch(n -> n.family().size() >= 3));
        // a child's record always names the same family
        Map<String, List<String>> families = new HashMap<>();
        for (Note n : notes) assertEquals(families.computeIfAbsent(n.childId(), k -> n.family()), n.family());
    }

    @Test
    void aMillionRecordWorldBuildsQuickly() {
        // more children than there are distinct invented names: names repeat, the generator must not stall
        RecordGenerator g = new RecordGenerator(8, 1_000_000);
        for (int i = 0; i < 100; i++) assertNotNull(g.next().text());
    }

    @Test
    void someTeamsWriteAggressiveFarMoreThanOthers() {
        List<Note> notes = RecordGenerator.stream(3, 4000).toList();
        Map<String, double[]> perTeam = new HashMap<>();
        for (Note n : notes) {
            double[] c = perTeam.computeIfAbsent(n.author().team(), k -> new double[2]);
            c[0]++;
            if (n.text().contains("aggressive")) c[1]++;
        }
        double hot = rate(perTeam, Vocabulary.AGGRESSIVE_TEAMS);
        List<String> others = perTeam.keySet().stream().filter(t -> !Vocabulary.AGGRESSIVE_TEAMS.contains(t)).toList();
        double rest = rate(perTeam, others);
        assertTrue(hot > 2.5 * rest, "aggressive teams " + hot + " vs others " + rest);
    }

    private static double rate(Map<String, double[]> perTeam, List<String> teams) {
        double n = 0;
        double a = 0;
        for (String t : teams) {
            double[] c = perTeam.get(t);
            if (c == null) continue;
            n += c[0];
            a += c[1];
        }
        return a / n;
    }

    @Test
    void mixOfGoodAndPoorPractice() {
        List<String> texts = RecordGenerator.stream(4, 1000).map(Note::text).toList();
        long voice = texts.stream().filter(t -> t.contains(" told me") || t.contains(" said \"")).count();
        long unsourced = texts.stream().filter(t -> t.contains("Apparently") || t.contains("It was reported")).count();
        long explained = texts.stream().filter(t -> t.contains("(CAMHS)") || t.contains("(CIN)") || t.contains("(TAC)")).count();
        long unexplained = texts.stream().filter(t -> t.contains("CIN visit") || t.contains("The TAC meeting") || t.contains("S47 ")).count();
        long otherChild = texts.stream().filter(t -> t.contains("from his class") || t.contains("from her class") || t.contains("who lives next door")).count();
        for (long x : new long[]{voice, unsourced, explained, unexplained, otherChild}) assertTrue(x > 10 && x < 990, "" + x);
    }
}
