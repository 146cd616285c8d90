package org.caselint.model;

/** The layers of annotation an annotator can need or add. */
public enum Layer { SENTENCES, TOKENS, POS, LEMMA, SECTIONS, QUOTES, PERSONS }
