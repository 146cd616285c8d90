package org.caselint.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.caselint.model.Note;

/**
 * An annotated note in the ANNOTATION.md format: sentences with the categories a checker must flag
 * ({@code labels}) and may flag ({@code ignore}), and whether the child's voice is missing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnnotatedNote(String id, String origin, String kind, Note.Subject subject, List<String> family,
                            List<AnnotatedSentence> sentences,
                            @JsonProperty("child_voice_missing") boolean childVoiceMissing) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AnnotatedSentence(String s, String sep, List<String> labels, List<String> ignore) {
        public AnnotatedSentence {
            sep = sep == null ? " " : sep;
            labels = labels == null ? List.of() : labels;
            ignore = ignore == null ? List.of() : ignore;
        }
    }

    /** The note's text: each sentence followed by its separator. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (AnnotatedSentence s : sentences) sb.append(s.s()).append(s.sep());
        return sb.toString();
    }

    /** [start, end) of each sentence in {@link #text()}. */
    public List<int[]> spans() {
        List<int[]> out = new ArrayList<>();
        int at = 0;
        for (AnnotatedSentence s : sentences) {
            out.add(new int[] {at, at + s.s().length()});
            at += s.s().length() + s.sep().length();
        }
        return out;
    }

    public Note toNote() {
        return new Note(id, text(), subject, family, null, null, kind, null, null, null);
    }
}
