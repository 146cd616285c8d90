package org.caselint.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sentence, heading or list item of a note, with its span in the original text and its tokens.
 * {@code section} is the heading it falls under ("Analysis", "Child's views"), or null.
 */
public final class Sentence {
    private final int index;
    private final int start;
    private final int end;
    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private boolean heading;
    private boolean listItem;
    private String section;

    public Sentence(int index, int start, int end, String text) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
    }

    public int index() { return index; }
    public int start() { return start; }
    public int end() { return end; }
    public String text() { return text; }
    public List<Token> tokens() { return Collections.unmodifiableList(tokens); }
    public void addToken(Token t) { tokens.add(t); }
    /** A heading such as "Purpose of visit:" standing on its own. */
    public boolean isHeading() { return heading; }
    public void setHeading(boolean heading) { this.heading = heading; }
    /** A bullet or numbered list item. */
    public boolean isListItem() { return listItem; }
    public void setListItem(boolean listItem) { this.listItem = listItem; }
    public String section() { return section; }
    public void setSection(String section) { this.section = section; }

    /** The token at position i of this sentence, or null outside. */
    public Token token(int i) { return i >= 0 && i < tokens.size() ? tokens.get(i) : null; }

    /** The position of one of this sentence's tokens within it (0 for the first). */
    public int position(Token t) { return tokens.isEmpty() ? -1 : t.index() - tokens.get(0).index(); }

    /** The token {@code by} places after (or, negative, before) one of this sentence's tokens, or null past either end. */
    public Token near(Token t, int by) { return token(position(t) + by); }

    @Override public String toString() { return text; }
}
