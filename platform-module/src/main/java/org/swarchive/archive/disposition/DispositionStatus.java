package org.swarchive.archive.disposition;

import java.util.Arrays;
import java.util.Optional;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Wording;

/** The values of {@code swa:dispositionStatus}: where a record stands on its way to destruction (or not). */
public enum DispositionStatus implements Wording {
    PENDING_EVENT("pending-event"),
    RETAINED("retained"),
    DUE("due"),
    HELD("held"),
    PROPOSED("proposed"),
    APPROVED("approved"),
    DESTROYED("destroyed"),
    PERMANENT("permanent");

    private final String id;

    DispositionStatus(String id) {
        this.id = id;
    }

    /** The value written into {@code swa:dispositionStatus}. */
    public String id() {
        return id;
    }

    public Message label() {
        return message();
    }

    @Override
    public String wording() {
        return "archive-disposition.status";
    }

    public static Optional<DispositionStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
