/**
 * caselint: checks children's social-care case notes against recording standards. {@link org.caselint.Linter}
 * is the entry point; {@code model} is the document model, {@code pipeline} builds it, {@code check} holds the
 * checks, {@code lexicon} their data, {@code report} the findings and score, {@code eval} the evaluation.
 */
package org.caselint;
