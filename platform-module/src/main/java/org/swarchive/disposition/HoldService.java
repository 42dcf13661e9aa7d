package org.swarchive.disposition;

import java.time.LocalDateTime;
import org.swarchive.archive.RecordProperty;
import org.swarchive.archive.disposition.Appraisal;
import org.swarchive.archive.disposition.AppraisedRecord;

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
            throw DispositionRefusal.of("“" + ref + "”已冻结：" + r.record().property(RecordProperty.HOLD_REASON.key()).orElse("（未注明原因）"),
                    "'" + ref + "' is already on hold: " + r.record().property(RecordProperty.HOLD_REASON.key()).orElse("(no reason given)"));
        }
        retention.records().hold(r.id(), reason.trim(), at.toLocalDate());
        return logged(r, "add", reason, by, at);
    }

    public AppraisedRecord release(String ref, String reason, String by, LocalDateTime at) {
        requireText(reason, by);
        AppraisedRecord r = DisposalService.find(retention.appraise(at.toLocalDate()), ref);
        if (!r.record().onHold()) {
            String others = String.join("；", r.holds().stream().map(h -> h.reason().zh()).toList());
            String othersEn = String.join("; ", r.holds().stream().map(h -> h.reason().en()).toList());
            throw DispositionRefusal.of("“" + ref + "”没有 swa:hold 冻结可解除" + (others.isEmpty() ? "" : "（它因以下原因暂缓销毁：" + others + "）"),
                    "'" + ref + "' has no swa:hold to release" + (othersEn.isEmpty() ? "" : " (it is held because: " + othersEn + ")"));
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
            throw DispositionRefusal.of("请用 --reason 写明原因（如：审计进行中、债权债务未了结）",
                    "give the reason with --reason (e.g. audit in progress, unsettled debt)");
        }
        if (by == null || by.isBlank()) {
            throw DispositionRefusal.of("请用 --by 写明经办人姓名", "name who does this with --by");
        }
    }
}
