package org.swarchive.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.swarchive.store.Station;

/**
 * Records due for disposal on a date, for the station page. The retention issue fills this in;
 * until then the dashboard shows the section with nothing in it and says why.
 */
@FunctionalInterface
public interface DisposalList {

    List<DueRecord> dueOn(Station station, LocalDate date);

    /** One record whose retention has run out: disposal is never automatic, it is proposed and approved. */
    record DueRecord(String recordId, String title, String archiveCode, String retention, LocalDate dueSince) {
    }

    /** No retention module yet: an empty list, flagged as not yet available. */
    static DisposalList notAvailable() {
        return new NotAvailable();
    }

    /** Whether the list comes from a real retention schedule (false: the placeholder). */
    default boolean available() {
        return true;
    }

    final class NotAvailable implements DisposalList {
        @Override
        public List<DueRecord> dueOn(Station station, LocalDate date) {
            return List.of();
        }

        @Override
        public boolean available() {
            return false;
        }
    }
}
