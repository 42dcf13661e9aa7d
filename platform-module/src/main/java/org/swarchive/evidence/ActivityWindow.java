package org.swarchive.evidence;

import java.time.LocalDate;
import java.util.Objects;

/** When a staff member was employed or a case was open; {@code until} is null while it goes on. */
public record ActivityWindow(LocalDate from, LocalDate until) {

    public ActivityWindow {
        Objects.requireNonNull(from, "from");
    }

    /** The span covering both, for a subject with several register entries (a re-hire, a re-opened case). */
    public ActivityWindow union(ActivityWindow other) {
        LocalDate start = from.isBefore(other.from) ? from : other.from;
        LocalDate end = until == null || other.until == null ? null : (until.isAfter(other.until) ? until : other.until);
        return new ActivityWindow(start, end);
    }
}
