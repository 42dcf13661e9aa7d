package org.swarchive.evidence;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.RecordProperty;
import org.swarchive.archive.SubjectKind;

/**
 * The staff register (from {@code staff-profile} records) and the case register (from
 * {@code case-intake} records): who was active when, for per-subject slots.
 */
public final class Registers {

    private final Map<SubjectKind, Map<String, ActivityWindow>> windows;

    public Registers(Map<SubjectKind, Map<String, ActivityWindow>> windows) {
        EnumMap<SubjectKind, Map<String, ActivityWindow>> copy = new EnumMap<>(SubjectKind.class);
        for (SubjectKind k : SubjectKind.values()) {
            copy.put(k, Collections.unmodifiableMap(new TreeMap<>(windows.getOrDefault(k, Map.of()))));
        }
        this.windows = copy;
    }

    public static Registers empty() {
        return new Registers(Map.of());
    }

    /** Subject ids in order, each with its activity window. */
    public Map<String, ActivityWindow> of(SubjectKind kind) {
        return windows.get(kind);
    }

    /** Builds the registers from the register records of an index. */
    public static Registers from(EvidenceIndex index) {
        Map<SubjectKind, Map<String, ActivityWindow>> w = new EnumMap<>(SubjectKind.class);
        for (SubjectKind kind : SubjectKind.values()) {
            Map<String, ActivityWindow> byId = new TreeMap<>();
            for (ArchiveRecord r : index.ofType(kind.registerDocType())) {
                Optional<String> id = r.subject(kind);
                Optional<ActivityWindow> window = windowOf(r, kind);
                if (id.isPresent() && window.isPresent()) {
                    byId.merge(id.get(), window.get(), ActivityWindow::union);
                }
            }
            w.put(kind, byId);
        }
        return new Registers(w);
    }

    private static Optional<ActivityWindow> windowOf(ArchiveRecord r, SubjectKind kind) {
        RecordProperty fromKey = kind == SubjectKind.STAFF ? RecordProperty.EMPLOYED_FROM : RecordProperty.CASE_OPENED;
        RecordProperty untilKey = kind == SubjectKind.STAFF ? RecordProperty.EMPLOYED_UNTIL : RecordProperty.CASE_CLOSED;
        // A register entry without a start date starts at its document date or period, if any.
        Optional<LocalDate> from = r.date(fromKey).or(() -> Optional.ofNullable(r.documentDate()))
                .or(() -> r.coveredPeriod().map(p -> p.start()));
        return from.map(f -> new ActivityWindow(f, r.date(untilKey).orElse(null)));
    }
}
