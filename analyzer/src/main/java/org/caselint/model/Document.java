package org.caselint.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Our own document model of one note, built by the pipeline's annotators and read by the checks. Checks never
 * see OpenNLP or CoreNLP types. {@link #text()} is the original text; {@link #normalized()} has the same length,
 * with curly quotes and dashes straightened, so offsets are valid in both.
 */
public final class Document {
    private Note note;
    private boolean subjectGuessed;
    private final String text;
    private final String normalized;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<PersonMention> persons = new ArrayList<>();
    private final Set<Layer> layers = EnumSet.noneOf(Layer.class);
    private final Map<String, Object> memo = new ConcurrentHashMap<>();

    public Document(Note note) {
        this.note = note;
        this.text = note.text();
        this.normalized = normalize(text);
    }

    /** Straightens curly quotes and primes, keeping every offset. */
    static String normalize(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u2018', '\u2019', '\u201B', '\u2032', '`' -> c[i] = '\'';
                case '\u201C', '\u201D', '\u201F', '\u2033', '\u00AB', '\u00BB' -> c[i] = '"';
                case '\u00A0', '\u2007', '\u202F' -> c[i] = ' ';
                default -> { }
            }
        }
        return new String(c);
    }

    public Note note() { return note; }

    /**
     * Gives the note the subject the checks should read when it named none itself (guessed from the text by
     * {@code SubjectGuess}); a subject the note gave is never replaced. Called once the layers are done and before
     * any check runs, so nothing read earlier depends on the subject.
     */
    public void guessedSubject(Note.Subject s) {
        boolean given = note.subject() != null && note.subject().name() != null && !note.subject().name().isBlank();
        if (s == null || given || s.name() == null) return;
        note = note.withSubject(s);
        subjectGuessed = true;
    }

    /** Was the subject guessed from the text ({@link #guessedSubject}) rather than given with the note? */
    public boolean subjectGuessed() { return subjectGuessed; }
    public String text() { return text; }
    public String normalized() { return normalized; }
    public List<Sentence> sentences() { return Collections.unmodifiableList(sentences); }
    public List<Token> tokens() { return Collections.unmodifiableList(tokens); }
    public List<Quote> quotes() { return Collections.unmodifiableList(quotes); }
    public List<PersonMention> persons() { return Collections.unmodifiableList(persons); }

    public void addSentence(Sentence s) { sentences.add(s); }
    public void addToken(Token t) { tokens.add(t); }
    public void addQuote(Quote q) { quotes.add(q); }
    public void addPerson(PersonMention p) { persons.add(p); }

    /**
     * A value about the whole note, worked out once from the finished layers and kept for the other sentences and
     * checks that ask for it ("the subject's nicknames", "how much of the note is in the first person"). {@code key}
     * names the value and must be unique to what {@code compute} returns; the value must not be null.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(String key, Function<Document, T> compute) {
        return (T) memo.computeIfAbsent(key, k -> compute.apply(this));
    }

    public boolean has(Layer l) { return layers.contains(l); }
    public void markDone(Layer l) { layers.add(l); }

    /** The quotation containing this offset, or null. */
    public Quote quoteAt(int offset) {
        for (Quote q : quotes) if (q.contains(offset)) return q;
        return null;
    }

    /** The sentence containing this offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) if (offset >= s.start() && offset < s.end()) return s;
        return null;
    }

    /** The next sentence after s that is not a heading, or null. */
    public Sentence next(Sentence s) {
        int i = s.index() + 1;
        return i < sentences.size() ? sentences.get(i) : null;
    }

    public Sentence previous(Sentence s) {
        int i = s.index() - 1;
        return i >= 0 ? sentences.get(i) : null;
    }
}
