package org.swarchive.archive.disposition;

import java.util.Arrays;
import java.util.Optional;
import org.swarchive.archive.LocalizedText;

/**
 * Who signs a disposal (domain.md §6, §7). The station head approves every batch; accounting
 * archives also need the heads and the handlers of both the archive and the accounting side
 * (《会计档案管理办法》第十五条), the station head signing as 单位负责人.
 */
public enum SignOffRole {
    STATION_HEAD("station-head", "站长（单位负责人）", "Station head (head of the unit)"),
    ARCHIVE_HEAD("archive-head", "档案管理机构负责人", "Head of archives"),
    ARCHIVE_HANDLER("archive-handler", "档案管理机构经办人", "Archives officer"),
    ACCOUNTING_HEAD("accounting-head", "会计管理机构负责人", "Head of accounting"),
    ACCOUNTING_HANDLER("accounting-handler", "会计管理机构经办人", "Accounting officer");

    private final String id;
    private final LocalizedText label;

    SignOffRole(String id, String zh, String en) {
        this.id = id;
        this.label = LocalizedText.of(zh, en);
    }

    public String id() {
        return id;
    }

    public LocalizedText label() {
        return label;
    }

    public static Optional<SignOffRole> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
