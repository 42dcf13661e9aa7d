package org.swarchive.app;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the listing commands print with {@code --format json} (issue 16 §5): one document, indented,
 * camelCase field names that stay (docs/guide/reference.md lists them), dates and times as ISO-8601
 * text, absent values as {@code null}.
 */
final class JsonOut {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonOut() {
    }

    /** The document, and a line end. */
    static String write(Object doc) {
        return MAPPER.writeValueAsString(doc) + System.lineSeparator();
    }

    /** An object whose fields keep the order they are put in. */
    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /** A date, time or id as text; null stays null. */
    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
