package org.caselint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.caselint.model.Note;
import org.caselint.report.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Negation, quotations, reported speech, headings and lists, across the checks: each row is a passage, the
 * category asked about, and the flagged texts expected (| between them; empty for none).
 */
class ContextTest {

    private static List<String> flagged(String text, String category, String subject) {
        Note n = Note.of("ctx", text.replace("\\n", "\n"));
        if (!subject.isEmpty()) n = n.withSubject(new Note.Subject(subject, null, 9));
        return Shared.linter().lint(n).findings().stream().filter(f -> f.category().id().equals(category))
                .map(f -> f.isNoteLevel() ? "(note)" : f.text()).toList();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = ';', value = {
        // negation
        "There were no concerns about aggression during the visit.; judgemental; ;",
        "Mum was not hostile and offered me a cup of tea.; judgemental; ;",
        "There is no history of domestic abuse in the police check of 3 May.; missing-source; ;",
        // quotations of someone's own words
        "Mum said, “I know I was rude to the teacher and I regret it.”; judgemental; ;",
        "Jayden said, “I want more contact with my dad.”; jargon; ;",
        "Dad said, ‘She is clearly lying about the bruise.’; fact-opinion; ;",
        // reported speech: the speaker's own account, or a named source
        "Mum told me she had been dishonest about her new partner.; judgemental; ;",
        "Mum told me that Dad has been drinking heavily again.; missing-source; ;",
        "Mrs Ahmed, head teacher at Hillside Primary, reported that he was late four times.; missing-source; ;",
        "The teacher said Jessica is clearly being bullied.; fact-opinion; ;",
        // unsupported, sourced only after the hedge, opinion as fact
        "Mum was aggressive during the visit.; judgemental; aggressive;",
        "Kieran has reportedly been staying at the flat, despite saying he lives with his mum.; missing-source; reportedly;",
        "Mum clearly doesn't care about the children.; fact-opinion; clearly;",
        "In my view Mum is struggling to cope, because there was no food in the kitchen.; fact-opinion; ;",
        // supported by what was seen or heard
        "Mr Jones became aggressive: he shouted, swore at me and threw a mug at the wall.; judgemental; ;",
        "Mum became hostile. She shouted at me to get out and slammed the door.; judgemental; ;",
        "Their neighbour has an aggressive dog.; judgemental; ;",
        // headings and lists
        "Contact:\\nJayden saw his dad at the family centre.; jargon; ;",
        "Plan:\\n- continue supervised contact weekly\\n- review the placement in June; jargon; supervised contact|placement;",
        "Purpose of visit:\\n- see Jayden\\n- check the CIN plan; acronym; CIN;",
        // a church school's designation is part of its name; the same letters elsewhere are shorthand
        "I met Jayden's class teacher at St Anne's CE Primary after lunch.; acronym; ;",
        "Reintegration meeting, St Bede's RC High School; acronym; ;",
        "Jayden has CE in the morning before school.; acronym; CE;",
        // other children: named friend, sibling, adult, initials
        "Jayden played with his friend Tyler (8) at lunchtime.; third-party-child; Tyler; Jayden Smith",
        "Jayden played with another pupil, T., at lunchtime.; third-party-child; ; Jayden Smith",
        "Jayden's brother Kai (6) was at home with Mrs Ahmed.; third-party-child; ; Jayden Smith",
        // the child's voice
        "I visited Jayden at home. The flat was tidy. Mum and I discussed the plan for the summer holidays.; child-voice; (note); Jayden Smith",
        "I visited Jayden at home. The flat was tidy. Jayden told me he likes his new school and wants to join the football club.; child-voice; ; Jayden Smith",
        "I visited Jayden at home. Jayden was asleep when I arrived, so I could not speak to him. I will see him at school on Friday.; child-voice; ; Jayden Smith"
    })
    void contextIsRespected(String text, String category, String expected, String subject) {
        List<String> want = expected == null || expected.isBlank() ? List.of() : List.of(expected.split("\\|"));
        assertEquals(want, flagged(text, category, subject == null ? "" : subject));
    }

    @SuppressWarnings("unused")
    private static String show(List<Finding> f) {
        return f.toString();
    }
}
