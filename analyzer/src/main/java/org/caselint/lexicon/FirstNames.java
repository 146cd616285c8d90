package org.caselint.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Given names that are almost always one sex's ({@code first-names.json}), for telling who a pronoun can stand for:
 * in "When Helen asked him to stop, he said ...", "he" is not Helen. Nothing is flagged from this list. Loaded once per
 * process; a name in both lists, or a list missing, fails fast.
 */
public final class FirstNames {
    private FirstNames() { }

    private static final class Holder {
        static final Map<String, Character> SEXES = load();
    }

    private static Map<String, Character> load() {
        LexiconReader r = LexiconReader.open("first-names.json");
        Map<String, Character> out = new HashMap<>();
        for (String list : new String[] {"female", "male"}) {
            JsonNode arr = r.root().get(list);
            if (arr == null || !arr.isArray()) throw new LexiconException(r.file() + ": no \"" + list + "\" array");
            char sex = list.equals("female") ? 'f' : 'm';
            for (JsonNode n : arr) {
                String name = n.asText().toLowerCase(Locale.ROOT);
                Character had = out.put(name, sex);
                if (had != null) throw new LexiconException(r.file() + ": '" + n.asText() + "' is listed twice");
            }
        }
        return Map.copyOf(out);
    }

    /** 'f' or 'm' for a given name this list holds, in any case; null for any other word. */
    public static Character sexOf(String name) {
        return Holder.SEXES.get(name.toLowerCase(Locale.ROOT));
    }
}
