package org.swarchive.archive.disposition;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.RecordProperty;
import org.swarchive.archive.SubjectKind;

/**
 * What disposition needs from the station's registers: which cases are still open (their records
 * are held) and when each staff member's employment ended (a labour contract counts from it).
 */
public record StationRegisters(Set<String> openCases, Map<String, LocalDate> employmentEnds) {

    public StationRegisters {
        openCases = Set.copyOf(openCases);
        employmentEnds = Map.copyOf(employmentEnds);
    }

    public static StationRegisters empty() {
        return new StationRegisters(Set.of(), Map.of());
    }

    public Optional<LocalDate> employmentEnd(String staffId) {
        return Optional.ofNullable(staffId == null ? null : employmentEnds.get(staffId));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fed one record at a time during a scan. */
    public static final class Builder {
        private final Set<String> intakes = new HashSet<>();
        private final Set<String> closed = new HashSet<>();
        private final Map<String, LocalDate> ends = new HashMap<>();

        public Builder add(ArchiveRecord r) {
            if (SubjectKind.CASE.registerDocType().equals(r.docType())) {
                r.subject(SubjectKind.CASE).ifPresent(id -> {
                    intakes.add(id);
                    if (r.date(RecordProperty.CASE_CLOSED).isPresent()) {
                        closed.add(id);
                    }
                });
            }
            if (SubjectKind.STAFF.registerDocType().equals(r.docType())) {
                r.subject(SubjectKind.STAFF).ifPresent(id -> r.date(RecordProperty.EMPLOYED_UNTIL)
                        .ifPresent(until -> ends.merge(id, until, (a, b) -> a.isAfter(b) ? a : b)));
            }
            return this;
        }

        /** A case is open while it has an intake and none of its intakes records it closed. */
        public StationRegisters build() {
            Set<String> open = new HashSet<>(intakes);
            open.removeAll(closed);
            return new StationRegisters(open, ends);
        }
    }
}
