package org.swarchive.archive.disposition;

import java.util.Objects;
import java.util.Optional;
import org.swarchive.archive.Retention;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/**
 * How long one doc type is kept under a schedule.
 *
 * @param retention    the period the station keeps it
 * @param minimum      the legal minimum, when a law sets one; {@code retention} is never shorter
 * @param event        what an {@code E<n>} retention counts from
 * @param keepMetadata whether a destroyed record's metadata is kept (the register always is)
 * @param source       where the rule comes from, e.g. the national default or a station file and line
 */
public record ScheduleRule(String docType, Retention retention, Optional<LegalMinimum> minimum, RetentionEvent event,
                           boolean keepMetadata, Text source) {

    public ScheduleRule {
        Objects.requireNonNull(docType, "docType");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(source, "source");
        minimum.flatMap(m -> RetentionOrder.shortening(retention, m)).ifPresent(why -> {
            throw new InvalidInput(Message.of("archive-disposition.rule.shortens", docType, why));
        });
    }
}
