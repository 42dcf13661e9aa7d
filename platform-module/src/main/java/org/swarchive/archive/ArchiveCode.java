package org.swarchive.archive;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 档号 after DA/T 22-2015: {@code 全宗号-门类代码·年度-保管期限[-机构(问题)代码]-件号},
 * e.g. {@code JN01-WS·2025-D30-0001}. The separator before the year is U+00B7.
 */
public record ArchiveCode(String fonds, String classCode, int year, String retention, Optional<String> unit, int item) {

    private static final Pattern FORMAT = Pattern.compile(
            "([A-Za-z0-9]+)-([A-Z]{2})\u00B7(\\d{4})-(Y|[DE][1-9][0-9]{0,2})(?:-([A-Za-z0-9]+))?-(\\d{4})");

    public static Optional<ArchiveCode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(value.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ArchiveCode(m.group(1), m.group(2), Integer.parseInt(m.group(3)), m.group(4),
                Optional.ofNullable(m.group(5)), Integer.parseInt(m.group(6))));
    }

    @Override
    public String toString() {
        return fonds + "-" + classCode + "\u00B7" + year + "-" + retention
                + unit.map(u -> "-" + u).orElse("") + "-" + String.format("%04d", item);
    }
}
