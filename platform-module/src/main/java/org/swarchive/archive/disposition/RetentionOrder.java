package org.swarchive.archive.disposition;

import java.util.Optional;
import org.swarchive.archive.Retention;
import org.swarchive.i18n.Message;

/** Whether one retention keeps a record at least as long as another. */
public final class RetentionOrder {

    private RetentionOrder() {
    }

    /**
     * Why {@code proposed} would keep records for less time than the legal minimum, or empty when
     * it keeps them at least as long. A fixed period and an event-based one cannot be compared
     * (a contract may end decades after it is filed), so swapping one for the other is refused
     * unless the station keeps the records permanently.
     */
    public static Optional<Message> shortening(Retention proposed, LegalMinimum minimum) {
        Retention min = minimum.retention();
        if (proposed instanceof Retention.Permanent) {
            return Optional.empty();
        }
        boolean sameKind = proposed.getClass() == min.getClass();
        if (sameKind && years(proposed) >= years(min)) {
            return Optional.empty();
        }
        // {0} the proposed period in words, {1} its code, {2} the minimum in words, {3} its code, {4} the law
        Object[] args = {proposed.label(), proposed.code(), min.label(), min.code(), minimum.basis()};
        if (min instanceof Retention.Permanent) {
            return Optional.of(Message.of("archive-disposition.shortening.permanent", args));
        }
        if (!sameKind) {
            return Optional.of(Message.of("archive-disposition.shortening.other-kind", args));
        }
        return Optional.of(Message.of("archive-disposition.shortening.shorter", args));
    }

    private static int years(Retention r) {
        if (r instanceof Retention.Fixed f) {
            return f.years();
        }
        if (r instanceof Retention.AfterEvent e) {
            return e.years();
        }
        return Integer.MAX_VALUE;
    }
}
