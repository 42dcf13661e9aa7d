package org.swarchive.archive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/**
 * The record properties of docs/domain.md §3: the keys of the {@code swa} model and of the folder
 * store's metadata files, each with the rule its value must follow.
 */
public enum RecordProperty {
    DOC_TYPE("swa:docType", ValueKind.TEXT),
    CATEGORY("swa:category", ValueKind.CATEGORY),
    PERIOD("swa:period", ValueKind.PERIOD),
    DOCUMENT_DATE("swa:documentDate", ValueKind.DATE),
    STAFF_ID("swa:staffId", ValueKind.IDENTIFIER),
    CASE_ID("swa:caseId", ValueKind.IDENTIFIER),
    EMPLOYED_FROM("swa:employedFrom", ValueKind.DATE),
    EMPLOYED_UNTIL("swa:employedUntil", ValueKind.DATE),
    CASE_OPENED("swa:caseOpened", ValueKind.DATE),
    CASE_CLOSED("swa:caseClosed", ValueKind.DATE),
    HOURS("swa:hours", ValueKind.DECIMAL),
    RETENTION("swa:retention", ValueKind.RETENTION),
    RETENTION_EVENT_DATE("swa:retentionEventDate", ValueKind.DATE),
    ARCHIVE_CODE("swa:archiveCode", ValueKind.ARCHIVE_CODE),
    CONFIDENTIALITY("swa:confidentiality", ValueKind.CONFIDENTIALITY),
    INDICATORS("swa:indicators", ValueKind.CODE_LIST),
    HOLD("swa:hold", ValueKind.BOOLEAN),
    HOLD_REASON("swa:holdReason", ValueKind.TEXT),
    /** The first day the record may be destroyed (YYYY-MM-DD), as the disposition engine last worked it out. */
    DISPOSITION_DATE("swa:dispositionDate", ValueKind.DATE),
    /** pending-event, retained, due, held, proposed, approved, destroyed or permanent. */
    DISPOSITION_STATUS("swa:dispositionStatus", ValueKind.IDENTIFIER);

    private final String key;
    private final ValueKind kind;

    RecordProperty(String key, ValueKind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** The qualified name, e.g. {@code swa:period}. */
    public String key() {
        return key;
    }

    public ValueKind kind() {
        return kind;
    }

    public static Optional<RecordProperty> fromKey(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key));
    }

    /** Asked for every entry of every record a scan reads: a map, not a walk through the values. */
    private static final java.util.Map<String, RecordProperty> BY_KEY = java.util.Map.copyOf(
            Arrays.stream(values()).collect(java.util.stream.Collectors.toMap(p -> p.key, p -> p, (a, b) -> a)));

    /** Why the value breaks this property's rule, or empty when it is valid. */
    public Optional<Text> problemWith(String value) {
        return kind.problemWith(value == null ? "" : value.trim());
    }

    /** The kinds of value a property holds, each a rule from docs/domain.md §3. */
    public enum ValueKind {
        TEXT, IDENTIFIER, PERIOD, DATE, DECIMAL, RETENTION, ARCHIVE_CODE, CATEGORY, CONFIDENTIALITY, CODE_LIST, BOOLEAN;

        private static final Pattern IDENTIFIER_FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
        private static final Pattern CODE_LIST_FORMAT = Pattern.compile("[A-Za-z0-9.]+(\\s*,\\s*[A-Za-z0-9.]+)*");

        Optional<Text> problemWith(String v) {
            if (v.isEmpty()) {
                return problem(Message.of("archive.value.empty"));
            }
            return switch (this) {
                case TEXT -> Optional.empty();
                case IDENTIFIER -> IDENTIFIER_FORMAT.matcher(v).matches() ? Optional.empty()
                        : problem(Message.of("archive.value.identifier", v));
                case PERIOD -> Period.parse(v).isPresent() ? Optional.empty()
                        : problem(Message.of("archive.value.period", v));
                case DATE -> parseDate(v).isPresent() ? Optional.empty()
                        : problem(Message.of("archive.value.date", v));
                case DECIMAL -> parseDecimal(v).filter(d -> d.signum() >= 0).isPresent() ? Optional.empty()
                        : problem(Message.of("archive.value.decimal", v));
                case RETENTION -> Retention.parse(v).isPresent() ? Optional.empty()
                        : problem(Message.of("archive.value.retention", v));
                case ARCHIVE_CODE -> ArchiveCode.parse(v).isPresent() ? Optional.empty()
                        : problem(Message.of("archive.value.archive-code", v));
                case CATEGORY -> Category.fromId(v).isPresent() ? Optional.empty()
                        : problem(Message.of("archive.value.category", v));
                case CONFIDENTIALITY -> Confidentiality.fromId(v).isPresent() ? Optional.empty()
                        : problem(Message.of("archive.value.confidentiality", v));
                case CODE_LIST -> CODE_LIST_FORMAT.matcher(v).matches() ? Optional.empty()
                        : problem(Message.of("archive.value.code-list", v));
                case BOOLEAN -> v.equals("true") || v.equals("false") ? Optional.empty()
                        : problem(Message.of("archive.value.boolean", v));
            };
        }

        private static Optional<Text> problem(Message why) {
            return Optional.of(why);
        }
    }

    static Optional<LocalDate> parseDate(String v) {
        if (v == null || v.length() != 10) {
            return Optional.empty();
        }
        return isoDate(v);
    }

    /**
     * A date as {@link LocalDate#parse} reads it (ISO, strict), empty when it is none. The common
     * YYYY-MM-DD is read digit by digit: a scan reads thousands, and the formatter costs far more.
     */
    public static Optional<LocalDate> isoDate(String v) {
        if (v == null) {
            return Optional.empty();
        }
        try {
            if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-' && digits(v, 0, 4) && digits(v, 5, 7) && digits(v, 8, 10)) {
                return Optional.of(LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10),
                        Integer.parseInt(v, 8, 10, 10)));
            }
            return Optional.of(LocalDate.parse(v));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean digits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static Optional<BigDecimal> parseDecimal(String v) {
        try {
            return v == null ? Optional.empty() : Optional.of(new BigDecimal(v.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
