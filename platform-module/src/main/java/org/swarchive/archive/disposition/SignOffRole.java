package org.swarchive.archive.disposition;

import java.util.Arrays;
import java.util.Optional;
import org.swarchive.i18n.Message;

/**
 * Who signs a disposal (domain.md §6, §7). The station head approves every batch; accounting
 * archives also need the heads and the handlers of both the archive and the accounting side
 * (《会计档案管理办法》第十五条), the station head signing as 单位负责人.
 */
public enum SignOffRole {
    STATION_HEAD("station-head", Message.of("archive-disposition.sign-off.station-head")),
    ARCHIVE_HEAD("archive-head", Message.of("archive-disposition.sign-off.archive-head")),
    ARCHIVE_HANDLER("archive-handler", Message.of("archive-disposition.sign-off.archive-handler")),
    ACCOUNTING_HEAD("accounting-head", Message.of("archive-disposition.sign-off.accounting-head")),
    ACCOUNTING_HANDLER("accounting-handler", Message.of("archive-disposition.sign-off.accounting-handler"));

    private final String id;
    private final Message label;

    SignOffRole(String id, Message label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public Message label() {
        return label;
    }

    public static Optional<SignOffRole> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
