package org.swarchive.archive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The record properties of domain.md §3: the keys of the {@code swa} model and of the folder
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
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** Why the value breaks this property's rule, or empty when it is valid. */
    public Optional<LocalizedText> problemWith(String value) {
        return kind.problemWith(value == null ? "" : value.trim());
    }

    /** The kinds of value a property holds, each a rule from domain.md §3. */
    public enum ValueKind {
        TEXT, IDENTIFIER, PERIOD, DATE, DECIMAL, RETENTION, ARCHIVE_CODE, CATEGORY, CONFIDENTIALITY, CODE_LIST, BOOLEAN;

        private static final Pattern IDENTIFIER_FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
        private static final Pattern CODE_LIST_FORMAT = Pattern.compile("[A-Za-z0-9.]+(\\s*,\\s*[A-Za-z0-9.]+)*");

        Optional<LocalizedText> problemWith(String v) {
            if (v.isEmpty()) {
                return problem("值为空", "the value is empty");
            }
            return switch (this) {
                case TEXT -> Optional.empty();
                case IDENTIFIER -> IDENTIFIER_FORMAT.matcher(v).matches() ? Optional.empty()
                        : problem("“" + v + "”不是有效编号（字母、数字、. _ -）",
                        "'" + v + "' is not a valid identifier (letters, digits, . _ -)");
                case PERIOD -> Period.parse(v).isPresent() ? Optional.empty()
                        : problem("“" + v + "”不是有效期间（YYYY、YYYY-Qn、YYYY-MM 或 YYYY-MM-DD）",
                        "'" + v + "' is not a valid period (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)");
                case DATE -> parseDate(v).isPresent() ? Optional.empty()
                        : problem("“" + v + "”不是有效日期（YYYY-MM-DD）", "'" + v + "' is not a valid date (YYYY-MM-DD)");
                case DECIMAL -> parseDecimal(v).filter(d -> d.signum() >= 0).isPresent() ? Optional.empty()
                        : problem("“" + v + "”不是非负数", "'" + v + "' is not a non-negative number");
                case RETENTION -> Retention.parse(v).isPresent() ? Optional.empty()
                        : problem("“" + v + "”不是有效保管期限（Y、D<n>、E<n>）",
                        "'" + v + "' is not a valid retention (Y, D<n>, E<n>)");
                case ARCHIVE_CODE -> ArchiveCode.parse(v).isPresent() ? Optional.empty()
                        : problem("“" + v + "”不是有效档号（如 JN01-WS·2025-D30-0001）",
                        "'" + v + "' is not a valid archive code (e.g. JN01-WS·2025-D30-0001)");
                case CATEGORY -> Category.fromId(v).isPresent() ? Optional.empty()
                        : problem("“" + v + "”不是档案门类（documents、service、finance、assets、personnel）",
                        "'" + v + "' is not a category (documents, service, finance, assets, personnel)");
                case CONFIDENTIALITY -> Confidentiality.fromId(v).isPresent() ? Optional.empty()
                        : problem("“" + v + "”不是密级（public、internal、confidential、sensitive）",
                        "'" + v + "' is not a confidentiality (public, internal, confidential, sensitive)");
                case CODE_LIST -> CODE_LIST_FORMAT.matcher(v).matches() ? Optional.empty()
                        : problem("“" + v + "”不是以逗号分隔的指标编码", "'" + v + "' is not a comma-separated list of indicator codes");
                case BOOLEAN -> v.equals("true") || v.equals("false") ? Optional.empty()
                        : problem("“" + v + "”应为 true 或 false", "'" + v + "' must be true or false");
            };
        }

        private static Optional<LocalizedText> problem(String zh, String en) {
            return Optional.of(LocalizedText.of(zh, en));
        }
    }

    static Optional<LocalDate> parseDate(String v) {
        if (v == null || v.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> parseDecimal(String v) {
        try {
            return v == null ? Optional.empty() : Optional.of(new BigDecimal(v.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
