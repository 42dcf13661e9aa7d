package org.swarchive.archive.disposition;

import java.util.Arrays;
import java.util.Optional;
import org.swarchive.i18n.Message;

/** The values of {@code swa:dispositionStatus}: where a record stands on its way to destruction (or not). */
public enum DispositionStatus {
    PENDING_EVENT("pending-event", Message.of("archive-disposition.status.pending-event")),
    RETAINED("retained", Message.of("archive-disposition.status.retained")),
    DUE("due", Message.of("archive-disposition.status.due")),
    HELD("held", Message.of("archive-disposition.status.held")),
    PROPOSED("proposed", Message.of("archive-disposition.status.proposed")),
    APPROVED("approved", Message.of("archive-disposition.status.approved")),
    DESTROYED("destroyed", Message.of("archive-disposition.status.destroyed")),
    PERMANENT("permanent", Message.of("archive-disposition.status.permanent"));

    private final String id;
    private final Message label;

    DispositionStatus(String id, Message label) {
        this.id = id;
        this.label = label;
    }

    /** The value written into {@code swa:dispositionStatus}. */
    public String id() {
        return id;
    }

    public Message label() {
        return label;
    }

    public static Optional<DispositionStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
