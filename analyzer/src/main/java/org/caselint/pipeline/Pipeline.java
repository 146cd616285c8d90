package org.caselint.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Note;

/**
 * A sequence of annotators that turns a {@link Note} into a {@link Document}. The order is checked when the
 * pipeline is built: an annotator whose required layers are not provided by an earlier one is rejected.
 * Thread-safe; each stage's total time is kept for {@link #timings()}.
 */
public final class Pipeline {
    private final List<Annotator> annotators;
    private final Map<String, LongAdder> nanos = new LinkedHashMap<>();

    public Pipeline(List<Annotator> annotators) {
        Set<Layer> have = EnumSet.noneOf(Layer.class);
        for (Annotator a : annotators) {
            for (Layer need : a.requires()) {
                if (!have.contains(need)) {
                    throw new IllegalStateException("annotator '" + a.name() + "' needs " + need
                            + " but no earlier annotator provides it");
                }
            }
            have.addAll(a.provides());
            nanos.put(a.name(), new LongAdder());
        }
        this.annotators = List.copyOf(annotators);
    }

    /** The layers this pipeline adds. */
    public Set<Layer> provides() {
        Set<Layer> s = EnumSet.noneOf(Layer.class);
        for (Annotator a : annotators) s.addAll(a.provides());
        return s;
    }

    public Document annotate(Note note) {
        Document doc = new Document(note);
        for (Annotator a : annotators) {
            long t0 = System.nanoTime();
            a.annotate(doc);
            nanos.get(a.name()).add(System.nanoTime() - t0);
        }
        return doc;
    }

    /** Total milliseconds spent in each stage since start-up, in pipeline order. */
    public Map<String, Double> timings() {
        Map<String, Double> m = new LinkedHashMap<>();
        nanos.forEach((k, v) -> m.put(k, v.sum() / 1e6));
        return m;
    }

    public List<String> names() {
        List<String> l = new ArrayList<>();
        for (Annotator a : annotators) l.add(a.name());
        return l;
    }
}
