package org.caselint.model;

/** A person's name found by NER: span in the original text and the name as written. */
public record PersonMention(int start, int end, String name, int sentenceIndex) {
}
