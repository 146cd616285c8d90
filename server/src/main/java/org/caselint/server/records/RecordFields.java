package org.caselint.server.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.caselint.model.Note;
import org.caselint.report.Finding;
import org.caselint.report.Report;
import org.caselint.server.Json;

/**
 * The Lucene fields of a record and how a record becomes a {@link Document} and back. One document per record:
 * <ul>
 *   <li>{@code id} the record id (exact; the key {@code updateDocument} replaces on);</li>
 *   <li>{@code text} the note text, English analysis ({@link CaseNoteAnalyzer}), stored, with offsets in the
 *       postings for fast highlighting;</li>
 *   <li>{@code note} the other note fields as stored JSON; {@code findings} the findings as stored JSON;</li>
 *   <li>{@code category}, {@code rule}, {@code term} one exact value per finding (filters), {@code flagged} the
 *       flagged span texts (English analysis);</li>
 *   <li>{@code team}, {@code author}, {@code child}, {@code kind}, {@code restricted} exact metadata (filters);</li>
 *   <li>{@code score} and {@code eventDay} (days since 1970 of {@code eventDate}) as points and doc values,
 *       for ranges and sorting;</li>
 *   <li>facets (sorted-set doc values) for category, rule, term, team, author, kind, month and
 *       category-by-month ({@code "judgemental 2024-05"}), which the trend chart reads.</li>
 * </ul>
 * Categories, rules and terms are indexed from whatever the linter reports, so checks that land later are
 * searchable and faceted with no change here. Thread-safe (stateless apart from immutable configuration).
 */
public final class RecordFields {
    public static final String ID = "id";
    public static final String TEXT = "text";
    public static final String NOTE = "note";
    public static final String FINDINGS = "findings";
    public static final String CATEGORY = "category";
    public static final String RULE = "rule";
    public static final String TERM = "term";
    public static final String FLAGGED = "flagged";
    public static final String TEAM = "team";
    public static final String AUTHOR = "author";
    public static final String CHILD = "child";
    public static final String KIND = "kind";
    public static final String RESTRICTED = "restricted";
    public static final String SCORE = "score";
    public static final String EVENT_DAY = "eventDay";
    public static final String MONTH = "month";
    /** Facet dimension whose values are {@code "<category> <yyyy-MM>"}: records flagged per month by category. */
    public static final String CATEGORY_MONTH = "categoryMonth";

    /** Facet dimensions, in the order results list them. */
    public static final List<String> FACETS = List.of(CATEGORY, RULE, TERM, TEAM, AUTHOR, KIND, MONTH);

    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);
    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private static final TypeReference<List<Finding>> FINDING_LIST = new TypeReference<>() { };

    private final FacetsConfig facets = new FacetsConfig();
    private final ObjectMapper json = Json.mapper();

    public RecordFields() {
        for (String dim : List.of(CATEGORY, RULE, TERM, CATEGORY_MONTH)) facets.setMultiValued(dim, true);
    }

    public FacetsConfig facetsConfig() { return facets; }

    /** The document for a record (facet fields already translated by the {@link FacetsConfig}). */
    public Document toDocument(IndexedRecord r) {
        Note n = r.note();
        Document d = new Document();
        d.add(new StringField(ID, r.id(), Field.Store.YES));
        d.add(new Field(TEXT, n.text(), TEXT_TYPE));
        Note withoutText = new Note(n.id(), null, n.subject(), n.family(), n.author(), n.childId(), n.kind(),
                n.eventDate(), n.recordedDate(), n.restricted());
        d.add(new StoredField(NOTE, new BytesRef(bytes(withoutText))));
        d.add(new StoredField(FINDINGS, new BytesRef(bytes(r.findings()))));
        d.add(new IntPoint(SCORE, r.score()));
        d.add(new NumericDocValuesField(SCORE, r.score()));
        d.add(new StoredField(SCORE, r.score()));

        Note.Author a = n.author();
        exact(d, TEAM, a == null ? null : a.team());
        exact(d, AUTHOR, a == null ? null : a.name());
        exact(d, CHILD, n.childId());
        exact(d, KIND, n.kind());
        d.add(new StringField(RESTRICTED, Boolean.TRUE.equals(n.restricted()) ? "true" : "false", Field.Store.NO));

        LocalDate day = parseDate(n.eventDate());
        String month = day == null ? null : day.toString().substring(0, 7);
        if (day != null) {
            d.add(new LongPoint(EVENT_DAY, day.toEpochDay()));
            d.add(new NumericDocValuesField(EVENT_DAY, day.toEpochDay()));
        }
        if (month != null) d.add(new SortedSetDocValuesFacetField(MONTH, month));

        Set<String> categories = new LinkedHashSet<>();
        Set<String> rules = new LinkedHashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        StringBuilder flagged = new StringBuilder();
        for (Finding f : r.findings()) {
            categories.add(f.category().id());
            rules.add(f.rule());
            if (f.term() != null && !f.term().isBlank()) terms.add(f.term());
            if (f.text() != null) flagged.append(f.text()).append(" \n ");
        }
        for (String c : categories) {
            d.add(new StringField(CATEGORY, c, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(CATEGORY, c));
            if (month != null) d.add(new SortedSetDocValuesFacetField(CATEGORY_MONTH, c + " " + month));
        }
        for (String x : rules) {
            d.add(new StringField(RULE, x, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(RULE, x));
        }
        for (String x : terms) {
            d.add(new StringField(TERM, x, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(TERM, x));
        }
        if (flagged.length() > 0) d.add(new TextField(FLAGGED, flagged.toString(), Field.Store.NO));
        try {
            return facets.build(d);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("facet configuration", e); // no taxonomy: build does no I/O
        }
    }

    private static void exact(Document d, String field, String value) {
        if (value == null || value.isBlank()) return;
        d.add(new StringField(field, value, Field.Store.NO));
        if (!field.equals(CHILD)) d.add(new SortedSetDocValuesFacetField(field, value));
    }

    /** Reads a stored record back: the note (with its text) and a report rebuilt from the stored findings. */
    public IndexedRecord fromStored(StoredFields stored, int doc) throws java.io.IOException {
        org.apache.lucene.document.Document d = stored.document(doc);
        Note n = readNote(d);
        Note withText = new Note(n.id(), d.get(TEXT), n.subject(), n.family(), n.author(), n.childId(), n.kind(),
                n.eventDate(), n.recordedDate(), n.restricted());
        return new IndexedRecord(withText, Report.of(n.id(), readFindings(d)));
    }

    /** The stored note fields of a document (its text is null: read {@link #TEXT} for that). */
    public Note readNote(Document d) {
        try {
            BytesRef b = d.getBinaryValue(NOTE);
            return json.readValue(b.bytes, b.offset, b.length, Note.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("record " + d.get(ID) + ": stored note is not valid JSON", e);
        }
    }

    /** The stored findings of a document, in report order. */
    public List<Finding> readFindings(Document d) {
        BytesRef b = d.getBinaryValue(FINDINGS);
        try {
            return json.readValue(b.bytes, b.offset, b.length, FINDING_LIST);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("record " + d.get(ID) + ": stored findings are not valid JSON", e);
        }
    }

    private byte[] bytes(Object o) {
        try {
            return json.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An ISO date ({@code 2024-05-03}), or null when missing or not a date. */
    public static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
