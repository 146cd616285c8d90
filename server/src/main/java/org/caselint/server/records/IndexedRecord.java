package org.caselint.server.records;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caselint.model.Note;
import org.caselint.report.Finding;
import org.caselint.report.Report;

/**
 * One record as stored in the index: the note as submitted (every DESIGN.md field) and the report the linter
 * made of it. Serialises as the note's fields followed by {@code score}, {@code counts} and {@code findings},
 * which is what {@code GET /api/v1/records/{id}} returns. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "subject", "family", "author", "childId", "kind", "eventDate", "recordedDate", "restricted",
        "text", "score", "counts", "findings"})
public record IndexedRecord(@JsonIgnore Note note, @JsonIgnore Report report) {

    public IndexedRecord {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(report, "report");
        if (note.id() == null || note.id().isBlank()) throw new IllegalArgumentException("a record needs an id");
    }

    @JsonProperty public String id() { return note.id(); }
    @JsonProperty public Note.Subject subject() { return note.subject(); }
    @JsonProperty public List<String> family() { return note.family(); }
    @JsonProperty public Note.Author author() { return note.author(); }
    @JsonProperty public String childId() { return note.childId(); }
    @JsonProperty public String kind() { return note.kind(); }
    @JsonProperty public String eventDate() { return note.eventDate(); }
    @JsonProperty public String recordedDate() { return note.recordedDate(); }
    @JsonProperty public Boolean restricted() { return note.restricted(); }
    @JsonProperty public String text() { return note.text(); }
    @JsonProperty public int score() { return report.score(); }
    @JsonProperty public Map<String, Integer> counts() { return report.counts(); }
    @JsonProperty public List<Finding> findings() { return report.findings(); }
}
