package org.caselint.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads annotated notes, one JSON object a line, from files, or from every {@code .jsonl} file under a directory,
     * in name order.
     *
     * @throws IllegalArgumentException for a path that does not exist, or a line that is not an annotated note (the
     *     message names the file and line)
     */
    public static List<AnnotatedNote> read(List<Path> paths) throws IOException {
        List<AnnotatedNote> notes = new ArrayList<>();
        for (Path p : paths) {
            List<Path> list;
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    list = s.filter(x -> x.toString().endsWith(".jsonl")).sorted().toList();
                }
            } else if (Files.isRegularFile(p)) {
                list = List.of(p);
            } else {
                throw new IllegalArgumentException("no such file or directory: " + p);
            }
            for (Path f : list) {
                int lineNo = 0;
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    lineNo++;
                    if (line.isBlank()) continue;
                    try {
                        notes.add(JSON.readValue(line, AnnotatedNote.class));
                    } catch (IOException ex) {
                        throw new IllegalArgumentException(f + ":" + lineNo + ": not an annotated note: " + ex.getMessage());
                    }
                }
            }
        }
        return notes;
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
