/**
 * Trained sentence classifiers (OpenNLP maxent) that back up the rule-based checks where rules plateau:
 * {@link org.caselint.learn.SentenceFeatures} turns a sentence into features,
 * {@link org.caselint.learn.SentenceClassifier} trains, loads and applies a model, and
 * {@link org.caselint.learn.Trainer} builds training samples from annotated notes and picks a threshold by
 * cross-validation.
 *
 * <pre>{@code
 * SentenceClassifier c = SentenceClassifier.load("/org/caselint/models/trained/missing-source");
 * boolean flag = c.flags(SentenceFeatures.of(doc, sentence));
 * }</pre>
 */
package org.caselint.learn;
