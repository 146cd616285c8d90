package org.caselint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.caselint.Shared;
import org.caselint.model.Note;
import org.caselint.report.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The child a note without a subject is about, guessed from its text: a LanguageTool client or a plain text file
 * sends no subject, and without one the child's own name reads as another child's.
 */
class SubjectGuessTest {
    private static Note.Subject guess(String text) {
        return Shared.rulesOnly().analyse(Note.of("guess", text.replace("\\n", "\n"))).note().subject();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        // a title line with no verb names who the record is about, with the age beside the name when given
        "Home visit to Kane Hill (11)\\nKane showed me his room.; Kane Hill; 11",
        "RHI - Chloe Evans\\nChloe was found at a friend's flat.; Chloe Evans; -",
        "Visit to Ruby-Mae Sinclair, aged 2\\nShe was playing.; Ruby-Mae Sinclair; 2",
        // else the name the note uses most, even when an adult is named in the first line
        "Call from Mason's mum, Kirsty Kelly.\\nMason is doing well at school. Kirsty said Mason sleeps well.; Mason; -",
        "Supervision with Karen Hollis, team manager\\nWe discussed Kai Robinson. Karen asked how Kai is getting on at school. Kai is settled at home.; Kai Robinson; -",
        // adults are never the child: a family word, a title or a role beside the name
        "Home visit.\\nMum, Sarah Hill, let me in. Sarah said she was tired. Sarah told me about the flat.; -; -",
        "Visit with Mrs Hill\\nMrs Hill told me the baby slept.; -; -",
        "Call from Gary Simms, manager at Ravenswood\\nGary rang to say the heating failed. Gary will ring back.; -; -",
        // a first line that tells an event is not a title; one mention is not enough to go on
        "Another pupil, Mason, pushed him in the lunch queue.; -; -",
        // two people named as often as each other: no telling which is the child
        "Kai and Jay played football. Kai scored and Jay laughed.; -; -",
    })
    void guesses(String text, String name, Integer age) {
        Note.Subject s = guess(text);
        if (name == null) {
            assertNull(s == null ? null : s.name(), text);
            return;
        }
        assertEquals(name, s.name(), text);
        assertEquals(age, s.age(), text);
    }

    @Test
    void aGivenSubjectIsNeverReplaced() {
        Note n = Note.of("given", "Home visit to Kane Hill (11)\nKane showed me his room.")
                .withSubject(new Note.Subject("Jay Hill", null, 9));
        Note.Subject s = Shared.rulesOnly().analyse(n).note().subject();
        assertEquals("Jay Hill", s.name());
        assertEquals(9, s.age());
    }

    @Test
    void aMessageDoesNotNameAGuessedChild() {
        String text = "Home visit to Kane Hill (11)\nKane was in his room playing on his Xbox when I arrived. Mum said he "
                + "had been up late. I looked at the kitchen and the bedrooms, which were clean and tidy.";
        List<String> voice = Shared.rulesOnly().lint(Note.of("cv", text)).findings().stream()
                .filter(f -> f.category() == Category.CHILD_VOICE).map(f -> f.message()).toList();
        assertEquals(1, voice.size());
        assertEquals(true, voice.get(0).contains("the child's views"), voice.get(0));
    }

    @Test
    void theGuessedChildIsNotAnotherChild() {
        String text = "Home visit to Kane Hill (11)\nKane showed me his room. His friend from school, Jay Price (12), "
                + "came round and they played on the Xbox. Kane told me he likes his new school.";
        List<String> others = Shared.rulesOnly().lint(Note.of("tpc", text)).findings().stream()
                .filter(f -> f.category() == Category.THIRD_PARTY_CHILD).map(f -> f.text()).toList();
        assertEquals(List.of("Jay Price"), others);
    }
}
