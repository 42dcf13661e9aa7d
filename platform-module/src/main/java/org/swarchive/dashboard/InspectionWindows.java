package org.swarchive.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The evaluator's door: which stations an evaluator may look at on a date, from the inspection
 * windows the access issue keeps. Through it the dashboard shows an evaluator a read-only view of
 * those stations only — evidence by indicator, nothing sensitive, no internal lists.
 */
@FunctionalInterface
public interface InspectionWindows {

    List<OpenWindow> openFor(String evaluator, LocalDate date);

    /** An inspection window open to an evaluator: the station and the last day. */
    record OpenWindow(String station, LocalDate from, LocalDate until) {
    }

    /** No windows are kept yet: every evaluator sees an empty list. */
    static InspectionWindows none() {
        return (evaluator, date) -> List.of();
    }
}
