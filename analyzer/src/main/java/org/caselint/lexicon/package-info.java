/**
 * Loading and validating the lexicons of {@code models/lexicons} (acronyms, jargon, judgemental words). Bad data
 * fails fast with a {@link org.caselint.lexicon.LexiconException} naming the file, the entry and the key.
 *
 * <pre>{@code
 * PhraseLexicon jargon = PhraseLexicon.load("jargon.json");
 * }</pre>
 */
package org.caselint.lexicon;
