package org.swarchive.alert;

import java.time.LocalDate;
import java.util.List;
import org.swarchive.store.Station;

/**
 * Inspection windows opening or closing soon, for the digest. The access issue, which keeps the
 * windows, fills this in; until then there are none.
 */
@FunctionalInterface
public interface InspectionCalendar {

    List<WindowChange> between(Station station, LocalDate from, LocalDate until);

    /** An evaluator's window opens or closes on a date. */
    record WindowChange(String evaluator, LocalDate date, boolean opens) {
    }

    static InspectionCalendar none() {
        return (station, from, until) -> List.of();
    }
}
