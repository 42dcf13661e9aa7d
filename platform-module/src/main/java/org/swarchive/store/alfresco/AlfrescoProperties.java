package org.swarchive.store.alfresco;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Alfresco's JSON property values as the folder store's strings, so one {@code RecordReader}
 * reads both stores: lists are comma-separated (as in a metadata file), dates lose their time.
 */
final class AlfrescoProperties {

    /** {@code d:date} comes back as midnight of the day, e.g. {@code 2025-03-31T00:00:00.000+0000}. */
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    private AlfrescoProperties() {
    }

    /** The {@code swa:} properties of a node, as strings. */
    static Map<String, String> swaStrings(Object properties) {
        Map<String, String> out = new LinkedHashMap<>();
        if (properties instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (key.startsWith("swa:") && v != null) {
                    out.put(key, text(key, v));
                }
            });
        }
        return out;
    }

    /**
     * Values in the folder store's text form as Alfresco takes them: a multi-valued property's
     * comma-separated text as a list. The repository reads a single string as <em>one</em> value of
     * a multi-valued property, so "C1.1,C1.2" would be one indicator code, refused by the model's
     * regex (422 "Invalid property value"). Other values stay text; the repository converts those.
     */
    static Map<String, Object> forRepository(Map<String, String> values, org.swarchive.store.ModelConstraints model) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v != null && model.multiValued(k)
                ? java.util.Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList() : v));
        return out;
    }

    private static String text(String key, Object v) {
        if (v instanceof List<?> list) {
            return list.stream().map(item -> text(key, item)).collect(Collectors.joining(","));
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            return new BigDecimal(v.toString()).stripTrailingZeros().toPlainString();
        }
        String s = v.toString();
        return DATE_TIME.matcher(s).matches() && !key.equals("swa:checkedAt") ? s.substring(0, 10) : s;
    }
}
