package org.swarchive.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A time-boxed window during which an evaluator group may read one station's evidence. Alfresco
 * has no expiring permissions, so the product keeps the window in the repository and revokes the
 * grant itself when {@link #until} passes or the window is closed early.
 */
public record InspectionWindow(String id, String station, String evaluatorGroup, Instant from, Instant until,
                               Optional<Instant> closedAt, String openedBy) {

    public InspectionWindow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(evaluatorGroup, "evaluatorGroup");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(closedAt, "closedAt");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("an inspection window must end after it starts");
        }
    }

    /** Open at this instant: started, not ended, not closed early. */
    public boolean isOpenAt(Instant at) {
        return !at.isBefore(from) && at.isBefore(effectiveEnd());
    }

    /** When access ends: the planned end, or the early close if that came first. */
    public Instant effectiveEnd() {
        return closedAt.filter(c -> c.isBefore(until)).orElse(until);
    }

    /** Past its end at this instant, so any grant it made must be gone. */
    public boolean isOverAt(Instant at) {
        return !at.isBefore(effectiveEnd());
    }

    /** The 事由 of a read made under this window, as the access register shows it. */
    public String purpose() {
        return "评估窗口 " + id + " / inspection window " + id;
    }

    public InspectionWindow closedAt(Instant at) {
        return new InspectionWindow(id, station, evaluatorGroup, from, until, Optional.of(at), openedBy);
    }
}
