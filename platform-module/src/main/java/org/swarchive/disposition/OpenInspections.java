package org.swarchive.disposition;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.swarchive.access.InspectionWindow;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.disposition.Hold;
import org.swarchive.archive.disposition.InspectionWindows;

/**
 * The station's inspection windows (kept in its notes, area {@code inspections}) as holds: a window opens
 * the whole station's evidence to an evaluator group, so while one is open on a day, nothing of
 * the station is destroyed that day.
 */
public final class OpenInspections implements InspectionWindows {

    private final List<InspectionWindow> windows;
    private final ZoneId zone;

    public OpenInspections(List<InspectionWindow> windows, ZoneId zone) {
        this.windows = List.copyOf(windows);
        this.zone = zone;
    }

    /** The windows kept in a station's notes, read once. */
    public static OpenInspections of(org.swarchive.store.StationState state, ZoneId zone) {
        return new OpenInspections(new org.swarchive.inspect.InspectionWindows(state).all(), zone);
    }

    @Override
    public List<Hold.Inspection> covering(ArchiveRecord record, LocalDate asOf) {
        var dayStart = asOf.atStartOfDay(zone).toInstant();
        var dayEnd = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        return windows.stream()
                .filter(w -> w.from().isBefore(dayEnd) && w.effectiveEnd().isAfter(dayStart))
                .map(w -> new Hold.Inspection(w.evaluatorGroup() + " " + w.id(), LocalizedText.of(
                        "评估窗口开放至 " + w.effectiveEnd().atZone(zone).toLocalDate(),
                        "inspection window open until " + w.effectiveEnd().atZone(zone).toLocalDate())))
                .toList();
    }
}
