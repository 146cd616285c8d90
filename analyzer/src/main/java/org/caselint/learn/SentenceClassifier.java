package org.caselint.learn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * A binary sentence classifier (OpenNLP maxent) that says whether a sentence belongs to a category, trained on
 * the annotated corpus by {@code caselint train}. The model is immutable and shared; the categorizer is kept per
 * thread. {@link #threshold()} is the probability above which a sentence is flagged, chosen by cross-validation.
 */
public final class SentenceClassifier {
    public static final String YES = "yes";
    public static final String NO = "no";
    /** The suffix of a head on the fine-tuned encoder, which {@link #load} prefers to the {@code .head} of {@code caselint train}. */
    public static final String TUNED_HEAD = ".tuned.head";

    private final DoccatModel model;
    private final double threshold;
    private final ThreadLocal<DocumentCategorizerME> categorizer;
    private final EmbeddingHead head;

    public SentenceClassifier(DoccatModel model, double threshold) {
        this(model, threshold, null);
    }

    /**
     * With a {@code head} (may be null), the probability is the head's: it reads the sentence's encoder vector as
     * well as the maxent model's probability; {@link #threshold()} then applies to the head's probability.
     */
    public SentenceClassifier(DoccatModel model, double threshold, EmbeddingHead head) {
        this.model = model;
        this.threshold = threshold;
        this.head = head;
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    /** Trains on (features, yes/no) samples with maxent, {@code iterations} rounds, feature cutoff 2. */
    public static DoccatModel train(List<DocumentSample> samples, int iterations) {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, 2);
        try {
            return DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), p,
                    new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The maxent model's probability that the sentence with these features belongs to the category. */
    public double probability(String[] features) {
        DocumentCategorizerME c = categorizer.get();
        double[] out = c.categorize(features);
        int yes = c.getIndex(YES);
        return yes < 0 ? 0 : out[yes];
    }

    /**
     * Probability that the sentence belongs to the category: the maxent model's, or with a head, the head's reading of
     * the sentence's text and the maxent model's probability.
     */
    public double probability(String[] features, String text) {
        return probability(features, "", text);
    }

    /**
     * As {@link #probability(String[], String)}, for a sentence after {@code before} (the sentence before it in the
     * note, empty for the first), which a head on the fine-tuned encoder may read with it.
     */
    public double probability(String[] features, String before, String text) {
        double p = probability(features);
        return head == null ? p : headProbability(p, before, text);
    }

    /**
     * Whether the sentence (its features and text) is flagged: its probability is at least the threshold. The
     * sentence is not encoded when the maxent probability is too low for the head to reach the threshold.
     */
    public boolean flags(String[] features, String text) {
        return atLeast(features, text, threshold);
    }

    /**
     * Whether the sentence's probability is at least {@code level}. The sentence is not encoded when the maxent
     * probability is too low for the head to reach that level.
     */
    public boolean atLeast(String[] features, String text, double level) {
        return atLeast(features, "", text, level);
    }

    /** As {@link #atLeast(String[], String, double)}, for a sentence after {@code before}. */
    public boolean atLeast(String[] features, String before, String text, double level) {
        return probabilityReaching(features, before, text, level) >= level;
    }

    /**
     * The sentence's probability, as {@link #probability(String[], String)}, when it may be {@code level} or more; 0
     * when the maxent probability is too low for the head to lift it to {@code level}, and the sentence is then not
     * encoded.
     */
    public double probabilityReaching(String[] features, String text, double level) {
        return probabilityReaching(features, "", text, level);
    }

    /** As {@link #probabilityReaching(String[], String, double)}, for a sentence after {@code before}. */
    public double probabilityReaching(String[] features, String before, String text, double level) {
        double p = probability(features);
        if (head == null) return p;
        return head.mayReach(p, level) ? headProbability(p, before, text) : 0;
    }

    private double headProbability(double maxentProbability, String before, String text) {
        return head.probability(head.vector(before, text), maxentProbability);
    }

    public EmbeddingHead head() { return head; }

    public double threshold() { return threshold; }

    public DoccatModel model() { return model; }

    /**
     * Loads a model and its threshold from the classpath ({@code NAME.bin} and {@code NAME.properties}), with its
     * head when there is one ({@code NAME.tuned.head}, on the fine-tuned encoder, before {@code NAME.head}); null when
     * there is no model.
     */
    public static SentenceClassifier load(String base) {
        try (InputStream bin = SentenceClassifier.class.getResourceAsStream(base + ".bin");
             InputStream props = SentenceClassifier.class.getResourceAsStream(base + ".properties")) {
            if (bin == null || props == null) return null;
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(props, StandardCharsets.UTF_8));
            // the head on the fine-tuned encoder when there is one (caselint-finetune), else the one on the pretrained
            EmbeddingHead head = EmbeddingHead.load(base + TUNED_HEAD);
            if (head == null) head = EmbeddingHead.load(base + ".head");
            if (head != null) head.vector("."); // the encoder is loaded with the model, not on the first note
            return new SentenceClassifier(new DoccatModel(bin), Double.parseDouble(p.getProperty("threshold", "0.5")), head);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load classifier " + base, e);
        }
    }

    /** The model as bytes, for writing to models/trained. */
    public static byte[] serialize(DoccatModel m) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            m.serialize(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DoccatModel read(byte[] b) throws IOException {
        return new DoccatModel(new ByteArrayInputStream(b));
    }
}
