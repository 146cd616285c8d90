package org.caselint.model;

/**
 * One token of a note: its character span in the original text (UTF-16, end exclusive), its surface form,
 * universal POS tag and lemma. POS and lemma are filled in by their annotators; until then they are null.
 * Not thread-safe while being annotated; read-only afterwards.
 */
public final class Token {
    private final int index;
    private final int start;
    private final int end;
    private final String text;
    private final String lower;
    private String pos;
    private String lemma;
    private String ner = "O";

    public Token(int index, int start, int end, String text) {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad token span " + start + "-" + end);
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
        this.lower = text.toLowerCase(java.util.Locale.ROOT);
    }

    /** Position of the token in its document (0-based, across sentences). */
    public int index() { return index; }
    public int start() { return start; }
    public int end() { return end; }
    /** The token as written, with curly quotes already normalised to straight ones. */
    public String text() { return text; }
    public String lower() { return lower; }
    /** Universal POS tag (NOUN, VERB, ADJ, PROPN...), or a compound such as "PROPN+PART" for "Mum's". */
    public String pos() { return pos; }
    /** Lower-case lemma ("threw" becomes "throw"). */
    public String lemma() { return lemma; }
    /** The lemma, or the lower-cased word when the lemmatiser left none. */
    public String lemmaOrLower() { return lemma == null ? lower : lemma; }
    /** NER tag from the person annotator: "PERSON" or "O". */
    public String ner() { return ner; }

    public void setPos(String pos) { this.pos = pos; }
    public void setLemma(String lemma) { this.lemma = lemma; }
    public void setNer(String ner) { this.ner = ner; }

    public boolean isWord() { return Character.isLetterOrDigit(text.charAt(0)); }
    public boolean posIs(String tag) { return pos != null && (pos.equals(tag) || pos.startsWith(tag + "+")); }

    @Override public String toString() { return text + "/" + pos; }
}
