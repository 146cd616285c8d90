package org.caselint.lexicon;

import java.util.List;

/**
 * What every lexicon entry carries: a stable id, the message shown to the practitioner ({0} = matched text),
 * plainer suggestions, why it is flagged, where that guidance comes from, the standards cited, and the examples
 * it must flag and must leave alone.
 */
public record Entry(String id, String message, List<String> suggestions, String reason, String source,
                    List<String> standards, List<String> flag, List<String> pass) {

    public String message(String matched) {
        return message.replace("{0}", matched);
    }

    public List<String> suggestions(String matched) {
        return suggestions.stream().map(s -> s.replace("{0}", matched)).toList();
    }
}
