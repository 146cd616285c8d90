/**
 * Our own small document model: a {@link org.caselint.model.Note} as submitted, and the
 * {@link org.caselint.model.Document} the pipeline builds from it (sentences, tokens with character offsets,
 * POS, lemma, sections, quotations, person mentions).
 *
 * <pre>{@code
 * Document doc = pipeline.annotate(Note.of("n1", "Jayden told me he likes school."));
 * for (Sentence s : doc.sentences()) for (Token t : s.tokens()) System.out.println(t.lemma());
 * }</pre>
 */
package org.caselint.model;
