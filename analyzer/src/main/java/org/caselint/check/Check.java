package org.caselint.check;

import java.util.List;
import java.util.Set;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.report.Category;
import org.caselint.report.Finding;

/**
 * One check: a stable rule id, a one-line description, a category and the layers it reads. {@link #check} is
 * stateless and thread-safe: data (lexicons, models) is loaded once in the constructor.
 */
public interface Check {
    Rule rule();

    Set<Layer> requires();

    List<Finding> check(Document doc);

    default Category category() { return rule().category(); }
}
