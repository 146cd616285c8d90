package org.caselint;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A packaging slip (a lexicon or model left off the classpath) fails the build, not the user. */
class ResourcesTest {
    @ParameterizedTest
    @ValueSource(strings = {"/org/caselint/models/lexicons/acronyms.json", "/org/caselint/models/lexicons/jargon.json",
            "/org/caselint/models/lexicons/judgemental.json", "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
            "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
            "/org/caselint/models/lexicons/missing-source.json", "/org/caselint/models/lexicons/fact-opinion.json",
            "/org/caselint/models/lexicons/first-names.json",
            "/org/caselint/models/trained/missing-source.bin", "/org/caselint/models/trained/missing-source.properties",
            "/org/caselint/models/trained/fact-opinion.bin", "/org/caselint/models/trained/fact-opinion.properties",
            "/org/caselint/models/trained/missing-source.head", "/org/caselint/models/trained/fact-opinion.head",
            "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json",
            "/edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"})
    void onClasspath(String resource) {
        assertNotNull(getClass().getResource(resource), resource);
    }
}
