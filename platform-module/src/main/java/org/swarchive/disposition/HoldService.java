package org.swarchive.disposition;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.swarchive.archive.RecordProperty;
import org.swarchive.archive.disposition.Appraisal;
import org.swarchive.archive.disposition.AppraisedRecord;

/**
 * Places and releases {@code swa:hold} on a record, each time with a reason and a name, recorded
 * in {@code .swa/disposition/holds.log}. Open cases and inspection windows hold records by
 * themselves and are released by closing the case or the window, not here.
 */
public final class HoldService {

    /** The content model's hold aspect and its date property. */
    static final String HELD_ASPECT = "swa:held";
    static final String HOLD_SINCE = "swa:holdSince";
    private static final String ASPECTS = "aspects";

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
        Map<String, String> values = new HashMap<>();
        values.put(RecordProperty.HOLD.key(), "true");
        values.put(RecordProperty.HOLD_REASON.key(), reason.trim());
        values.put(HOLD_SINCE, at.toLocalDate().toString());
        values.put(ASPECTS, aspects(r.id(), true));
        return change(r, values, "add", reason, by, at);
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
        Map<String, String> values = new HashMap<>();
        values.put(RecordProperty.HOLD.key(), "false");
        values.put(RecordProperty.HOLD_REASON.key(), null);
        values.put(HOLD_SINCE, null);
        values.put(ASPECTS, aspects(r.id(), false));
        return change(r, values, "release", reason, by, at);
    }

    private AppraisedRecord change(AppraisedRecord r, Map<String, String> values, String action, String reason, String by,
                                   LocalDateTime at) {
        retention.folder().updateProperties(r.id(), values);
        retention.repository().log(new DispositionRepository.HoldEvent(action, r.id(), r.archiveCode().orElse(null),
                reason.trim(), by.trim(), at.toString()));
        Appraisal after = retention.appraise(at.toLocalDate());
        retention.write(after, r.id()::equals);
        return after.find(r.id()).orElseThrow();
    }

    /**
     * The record's {@code aspects} entry with the model's hold aspect added or taken away: Alfresco's
     * bulk import only sets the properties of aspects the entry names.
     */
    private String aspects(String id, boolean held) {
        String current = retention.folder().metadata(id).getOrDefault(ASPECTS, "");
        List<String> names = new ArrayList<>(Arrays.stream(current.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList());
        names.remove(HELD_ASPECT);
        if (held) {
            names.add(HELD_ASPECT);
        }
        return names.isEmpty() ? null : String.join(",", names);
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
