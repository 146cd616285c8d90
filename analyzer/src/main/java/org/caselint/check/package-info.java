/**
 * The checks. Each {@link org.caselint.check.Check} has one {@link org.caselint.check.Rule} (stable id,
 * category, severity, standards, examples) and reads only the document model.
 *
 * <pre>{@code
 * Check c = new AcronymCheck(AcronymLexicon.load());
 * List<Finding> f = c.check(pipeline.annotate(Note.of("n1", "The CIN plan was agreed.")));
 * }</pre>
 */
package org.caselint.check;
