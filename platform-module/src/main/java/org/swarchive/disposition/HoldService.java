package org.swarchive.disposition;

import java.time.LocalDateTime;
import org.swarchive.archive.RecordProperty;
import org.swarchive.archive.disposition.Appraisal;
import org.swarchive.archive.disposition.AppraisedRecord;
import org.swarchive.archive.disposition.Hold;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/**
 * Places and releases {@code swa:hold} on a record, on either store, each time with a reason and a
 * name, recorded in the station's notes ({@code disposition/holds.log}). Open cases and inspection windows hold records by
 * themselves and are released by closing the case or the window, not here.
 */
public final class HoldService {

    private final RetentionService retention;

    public HoldService(RetentionService retention) {
        this.retention = retention;
    }

    public AppraisedRecord add(String ref, String reason, String by, LocalDateTime at) {
        requireText(reason, by);
        AppraisedRecord r = DisposalService.find(retention.appraise(at.toLocalDate()), ref);
        if (r.record().onHold()) {
            throw new DispositionRefusal(Message.of("disposition.hold.already", ref, r.record().property(RecordProperty.HOLD_REASON.key())
                    .<Text>map(Text::plain).orElse(Message.of("disposition.hold.no-reason"))));
        }
        retention.records().hold(r.id(), reason.trim(), at.toLocalDate());
        return logged(r, "add", reason, by, at);
    }

    public AppraisedRecord release(String ref, String reason, String by, LocalDateTime at) {
        requireText(reason, by);
        AppraisedRecord r = DisposalService.find(retention.appraise(at.toLocalDate()), ref);
        if (!r.record().onHold()) {
            throw new DispositionRefusal(r.holds().isEmpty() ? Message.of("disposition.hold.none", ref)
                    : Message.of("disposition.hold.none-but-held", ref,
                            Text.join(Message.of("common.list.semicolon"), r.holds().stream().map(Hold::reason).toList())));
        }
        retention.records().release(r.id());
        return logged(r, "release", reason, by, at);
    }

    /** Logs the change and writes the record's status as it now stands. */
    private AppraisedRecord logged(AppraisedRecord r, String action, String reason, String by, LocalDateTime at) {
        retention.repository().log(new DispositionRepository.HoldEvent(action, r.id(), r.archiveCode().orElse(null),
                reason.trim(), by.trim(), at.toString()));
        Appraisal after = retention.appraise(at.toLocalDate());
        retention.write(after, r.id()::equals);
        return after.find(r.id()).orElseThrow();
    }

    private static void requireText(String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new DispositionRefusal(Message.of("disposition.hold.give-reason"));
        }
        if (by == null || by.isBlank()) {
            throw new DispositionRefusal(Message.of("disposition.hold.give-name"));
        }
    }
}
