package org.caselint.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A case note as submitted (DESIGN.md, "Note (input)"). Only {@code text} is required; everything else helps
 * the checks (the subject's name and age, the family list) and the record index. Immutable.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Note(String id, String text, Subject subject, List<String> family, Author author, String childId,
                   String kind, String eventDate, String recordedDate, Boolean restricted) {

    public Note {
        family = family == null ? List.of() : List.copyOf(family);
    }

    /** A note with only text (and an optional id). */
    public static Note of(String id, String text) {
        return new Note(id, text, null, null, null, null, null, null, null, null);
    }

    public Note withSubject(Subject s) {
        return new Note(id, text, s, family, author, childId, kind, eventDate, recordedDate, restricted);
    }

    /** The child the record is about. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Subject(String name, String dateOfBirth, Integer age) {
        public static Subject named(String name) {
            return new Subject(name, null, null);
        }
    }

    /** Who wrote the note. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Author(String name, String role, String team, String agency) {
    }
}
