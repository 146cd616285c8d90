package org.caselint.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.caselint.Linter;

/** The one configured Jackson mapper: bounded nesting and string length, unknown fields ignored, no is-getters. */
public final class Json {
    private Json() { }

    public static ObjectMapper mapper() {
        return mapper(Linter.MAX_TEXT * 4);
    }

    /**
     * The mapper with a given limit on one string's length (in characters); a caller that bounds the input's size
     * itself raises it so that an over-long note gets its own answer rather than a parse error.
     */
    public static ObjectMapper mapper(int maxStringLength) {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(maxStringLength).build()).build();
        return JsonMapper.builder(factory)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                // records are written from their components only: helpers such as Finding.isNoteLevel() are not
                // fields of the DESIGN.md contract
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .build();
    }
}
