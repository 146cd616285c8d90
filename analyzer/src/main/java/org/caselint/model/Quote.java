package org.caselint.model;

/**
 * A quotation in the note: the span including its quotation marks, and the speaker when the surrounding
 * words say who it was ("Jayden said", "Mum told me"), else null.
 */
public record Quote(int start, int end, String speaker) {
    public boolean contains(int offset) { return offset > start && offset < end; }
}
