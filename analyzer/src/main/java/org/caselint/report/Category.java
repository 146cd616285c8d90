package org.caselint.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** The fixed finding categories of DESIGN.md, with the standards each serves. */
public enum Category {
    ACRONYM("acronym", "Unexplained acronym", List.of("Tees 3", "Enfield §3", "Enfield §7", "Coventry")),
    JARGON("jargon", "Jargon", List.of("Tees 3", "Enfield §7", "Wandsworth")),
    JUDGEMENTAL("judgemental", "Judgemental language", List.of("Coventry", "Tees 15", "Enfield §7")),
    MISSING_SOURCE("missing-source", "Missing source", List.of("Tees 6", "Enfield §7")),
    FACT_OPINION("fact-opinion", "Fact and opinion mixed", List.of("Tees 6", "Enfield appendix 1", "Coventry")),
    CHILD_VOICE("child-voice", "Child's voice missing", List.of("Tees 4", "Tees 16", "Enfield appendix 1", "Wandsworth")),
    THIRD_PARTY_CHILD("third-party-child", "Another child named", List.of("Recording policy §4.4", "Enfield §7"));

    private final String id;
    private final String label;
    private final List<String> standards;

    Category(String id, String label, List<String> standards) {
        this.id = id;
        this.label = label;
        this.standards = standards;
    }

    @JsonValue public String id() { return id; }
    public String label() { return label; }
    public List<String> standards() { return standards; }

    public static Category byId(String id) {
        for (Category c : values()) if (c.id.equals(id)) return c;
        throw new IllegalArgumentException("unknown category '" + id + "'");
    }
}
