package org.caselint.pipeline;

import java.util.Set;
import org.caselint.model.Document;
import org.caselint.model.Layer;

/**
 * One stage of the pipeline. It declares the layers it needs and the layers it adds; {@link Pipeline} checks the
 * order when it is built. Implementations are thread-safe: one instance serves every thread, and any per-call
 * state (OpenNLP's ME classes) lives in thread-locals.
 */
public interface Annotator {
    String name();
    Set<Layer> requires();
    Set<Layer> provides();
    void annotate(Document doc);
}
