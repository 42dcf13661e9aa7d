package org.swarchive.archive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One filed record as a store reports it: where it is, its valid properties, and the typed
 * values the engine reads often. Built by {@link RecordReader}, which drops invalid values.
 *
 * @param id         the store's identifier: a path relative to the station, or a node id
 * @param name       the file name
 * @param docType    a catalogue id, or null when the record has none
 * @param period     the period the document covers ({@code swa:period}), or null
 * @param properties every valid property, qualified names as keys
 */
public record ArchiveRecord(String id, String name, String docType, Category category, Period period,
                            LocalDate documentDate, Retention retention, Confidentiality confidentiality,
                            Map<String, String> properties) {

    public ArchiveRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        properties = Map.copyOf(properties);
    }

    public Optional<String> property(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    public Optional<String> subject(SubjectKind kind) {
        return property(kind.idProperty().key());
    }

    public Optional<LocalDate> date(RecordProperty property) {
        return property(property.key()).flatMap(RecordProperty::parseDate);
    }

    public Optional<BigDecimal> decimal(String key) {
        return property(key).flatMap(RecordProperty::parseDecimal);
    }

    /** The period the document covers, falling back to its document date (docs/domain.md §3). */
    public Optional<Period> coveredPeriod() {
        if (period != null) {
            return Optional.of(period);
        }
        return Optional.ofNullable(documentDate).map(Period::day);
    }

    /** The date the document stands at: its document date, else the end of its period. */
    public Optional<LocalDate> effectiveDate() {
        if (documentDate != null) {
            return Optional.of(documentDate);
        }
        return Optional.ofNullable(period).map(Period::end);
    }

    public List<String> indicators() {
        return property(RecordProperty.INDICATORS.key())
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    public boolean onHold() {
        return "true".equals(properties.get(RecordProperty.HOLD.key()));
    }
}
