/**
 * The analysis pipeline: annotators that build a {@link org.caselint.model.Document} from a note with
 * OpenNLP (sentences, tokens, POS), CoreNLP's rule-based morphology (lemmas) and, when a check needs names,
 * CoreNLP's 3-class NER. Models load once per process ({@link org.caselint.pipeline.NlpModels}).
 *
 * <pre>{@code
 * NlpModels models = NlpModels.load();
 * Pipeline p = new Pipeline(List.of(new SentenceAnnotator(models), new TokenAnnotator(models),
 *         new PosAnnotator(models), new LemmaAnnotator()));
 * Document doc = p.annotate(Note.of("n1", "Mum was at home."));
 * }</pre>
 */
package org.caselint.pipeline;
