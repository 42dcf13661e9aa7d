package org.swarchive.archive.disposition;

import java.util.Arrays;
import java.util.Optional;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Wording;

/**
 * Who signs a disposal (docs/domain.md §6, §7). The station head approves every batch; accounting
 * archives also need the heads and the handlers of both the archive and the accounting side
 * (《会计档案管理办法》第十五条), the station head signing as 单位负责人.
 */
public enum SignOffRole implements Wording {
    STATION_HEAD("station-head"),
    ARCHIVE_HEAD("archive-head"),
    ARCHIVE_HANDLER("archive-handler"),
    ACCOUNTING_HEAD("accounting-head"),
    ACCOUNTING_HANDLER("accounting-handler");

    private final String id;

    SignOffRole(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public Message label() {
        return message();
    }

    @Override
    public String wording() {
        return "archive-disposition.sign-off";
    }

    public static Optional<SignOffRole> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
