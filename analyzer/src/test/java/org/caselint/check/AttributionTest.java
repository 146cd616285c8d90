package org.caselint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.caselint.Shared;
import org.caselint.model.Document;
import org.caselint.model.Note;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Does a sentence name where its information comes from? A named source clears a sentence of missing-source
 * whatever the classifier says, so a verb taken for a source by mistake hides hearsay from every later stage.
 */
class AttributionTest {
    private static boolean sourced(String text) {
        Document doc = Shared.rulesOnly().analyse(Note.of("attr", text));
        return Attribution.sourced(doc.sentences().get(0));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = ';', value = {
        // someone who told the writer, or who saw it
        "Mum told me that dad had been to the flat.; true",
        "Mrs Ward saw Leah being collected at 3pm.; true",
        "Mum shared that dad had been to the flat.; true",
        "Zofia shared her worries about dad with me.; true",
        "Zofia was witnessed by staff climbing out of the window.; true",
        "Mum says she has a history of saying the wrong thing.; true",
        // a history of saying: a habit, not a report to the writer
        "Mum has a long history of saying the right things in meetings and then not following through.; false",
        "Dad has a pattern of telling professionals what they want to hear.; false",
        // witnessing something is what happened to a child, not who told the writer
        "Zofia has witnessed domestic abuse throughout her life.; false",
        "Grace witnessed a serious assault last year.; false",
        // sharing a room or a house is not telling
        "Older brother Kyle has behaviour problems which would make sharing a room impossible.; false",
        "Marta and Oliwia share a room with two men.; false",
        // "which explains": a thing, not a person, accounts for something
        "Dad is in prison which probably explains a lot.; false",
        "Ms Hughes, who explained the timetable to me, is his teacher.; true",
        // "other parents", "some staff": nobody in particular
        "Other parents have said the house is a tip.; false",
        // a count or a vague word before the people names nobody, after "according to" or "by" as before a verb
        "According to many neighbours, Dad has moved back in.; false",
        "According to his teacher, Dad has moved back in.; true",
        "Different parents have said he is rude to them.; false",
        "Concerns were raised by various professionals about the flat.; false",
        "The other parent told me the house is a tip.; true",
        // "Kieran described as aggressive": a reduced passive with no one who described him
        "Kieran described as aggressive and defiant.; false",
        "Ms Patel described Kieran as kind and helpful.; true",
        "Kieran has described his mum as kind.; true"
    })
    void namesASource(String text, boolean expected) {
        assertEquals(expected, sourced(text), text);
    }
}
