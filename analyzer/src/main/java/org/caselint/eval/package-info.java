/**
 * Evaluation against annotated notes (ANNOTATION.md): {@link org.caselint.eval.AnnotatedNote} reads the format,
 * {@link org.caselint.eval.Evaluator} scores reports sentence by sentence, as shared/tools/check-reports does.
 */
package org.caselint.eval;
