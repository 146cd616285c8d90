package org.caselint.pipeline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Sentence;

/**
 * Gives every sentence the section it falls under: the last heading above it ("Analysis:", "Child's views:"),
 * or a heading that opens the sentence itself ("Child's views: Jayden said..."). Section names are lower-case
 * without the colon.
 */
public final class SectionAnnotator implements Annotator {
    private static final Pattern INLINE = Pattern.compile("^([A-Z][\\p{L}'/&\\- ]{1,40}):\\s");

    @Override public String name() { return "sections"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES); }
    @Override public Set<Layer> provides() { return Set.of(Layer.SECTIONS); }

    @Override
    public void annotate(Document doc) {
        String current = null;
        for (Sentence s : doc.sentences()) {
            String t = s.text().strip();
            if (s.isHeading()) {
                current = clean(t.substring(0, t.length() - 1));
                s.setSection(current);
                continue;
            }
            Matcher m = INLINE.matcher(t);
            if (m.find() && m.group(1).split("\\s+").length <= 5) {
                current = clean(m.group(1));
                s.setSection(current);
            } else {
                s.setSection(current);
            }
        }
        doc.markDone(Layer.SECTIONS);
    }

    private static String clean(String h) {
        return h.replace('\u2019', '\'').strip().toLowerCase(Locale.ROOT);
    }
}
