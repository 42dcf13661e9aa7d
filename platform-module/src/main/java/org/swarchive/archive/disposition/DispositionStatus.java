package org.swarchive.archive.disposition;

import java.util.Arrays;
import java.util.Optional;
import org.swarchive.archive.LocalizedText;

/** The values of {@code swa:dispositionStatus}: where a record stands on its way to destruction (or not). */
public enum DispositionStatus {
    PENDING_EVENT("pending-event", "待事件发生", "Awaiting event"),
    RETAINED("retained", "保管中", "Retained"),
    DUE("due", "到期可销毁", "Due"),
    HELD("held", "暂缓销毁", "Held"),
    PROPOSED("proposed", "已提请销毁", "Proposed"),
    APPROVED("approved", "已批准销毁", "Approved"),
    DESTROYED("destroyed", "已销毁", "Destroyed"),
    PERMANENT("permanent", "永久保管", "Permanent");

    private final String id;
    private final LocalizedText label;

    DispositionStatus(String id, String zh, String en) {
        this.id = id;
        this.label = LocalizedText.of(zh, en);
    }

    /** The value written into {@code swa:dispositionStatus}. */
    public String id() {
        return id;
    }

    public LocalizedText label() {
        return label;
    }

    public static Optional<DispositionStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
