/**
 * Trained sentence classifiers (OpenNLP maxent) that back up the rule-based checks where rules plateau:
 * {@link org.caselint.learn.SentenceFeatures} turns a sentence into features,
 * {@link org.caselint.learn.SentenceClassifier} trains, loads and applies a model, and
 * {@link org.caselint.learn.Trainer} builds training samples from annotated notes and picks a threshold by
 * cross-validation. On each maxent model sits an {@link org.caselint.learn.EmbeddingHead}: a logistic regression
 * that also reads the sentence's vector from {@link org.caselint.learn.SentenceEncoder} (a small pretrained
 * sentence encoder run in process), so that sentences worded unlike any in the training notes are still judged by
 * what they say. Where {@code caselint-finetune} has left a fine-tuned encoder ({@link org.caselint.learn.TunedWeights}),
 * the head on it ({@code NAME.tuned.head}, which also reads the sentence before) is used instead.
 *
 * <pre>{@code
 * SentenceClassifier c = SentenceClassifier.load("/org/caselint/models/trained/missing-source");
 * boolean flag = c.flags(SentenceFeatures.of(doc, sentence), sentence.text());
 * }</pre>
 */
package org.caselint.learn;
