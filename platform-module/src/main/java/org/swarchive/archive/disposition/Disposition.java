package org.swarchive.archive.disposition;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.swarchive.archive.Retention;
import org.swarchive.i18n.Text;

/** When a record may be destroyed: never, once an event is known, on a date, or not known at all. */
public sealed interface Disposition permits Disposition.Never, Disposition.PendingEvent, Disposition.On,
        Disposition.Undetermined {

    /** A retention and where it comes from (a law, the schedule, the record itself). */
    record Term(Retention retention, Text source) {
        public Term {
            Objects.requireNonNull(retention, "retention");
            Objects.requireNonNull(source, "source");
        }
    }

    /** 永久. */
    record Never(Term term) implements Disposition {
    }

    /** {@code E<n>} whose event date is not known yet. */
    record PendingEvent(Term term, RetentionEvent event) implements Disposition {
    }

    /** May be destroyed from {@code date} on; the period counted from {@code from}. */
    record On(LocalDate date, LocalDate from, Term term) implements Disposition {
    }

    /** Nothing tells how long the record is kept or from when: it is kept. */
    record Undetermined(Text reason) implements Disposition {
    }

    default Optional<LocalDate> dispositionDate() {
        return this instanceof On on ? Optional.of(on.date()) : Optional.empty();
    }

    /** Whether the record may be destroyed on {@code asOf} as far as its retention goes (holds aside). */
    default boolean expiredOn(LocalDate asOf) {
        return this instanceof On on && !on.date().isAfter(asOf);
    }

    /**
     * The later of two: the one that keeps the record longer. An unknown answer outranks any date,
     * because destroying on a guess cannot be undone.
     */
    static Disposition later(Disposition a, Disposition b) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return ra > rb ? a : b;
        }
        if (a instanceof On x && b instanceof On y) {
            return y.date().isAfter(x.date()) ? b : a;
        }
        return a;
    }

    private static int rank(Disposition d) {
        if (d instanceof Never) {
            return 3;
        }
        if (d instanceof Undetermined) {
            return 2;
        }
        return d instanceof PendingEvent ? 1 : 0;
    }
}
