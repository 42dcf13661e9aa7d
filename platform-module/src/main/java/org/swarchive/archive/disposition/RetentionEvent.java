package org.swarchive.archive.disposition;

import org.swarchive.i18n.Message;
import org.swarchive.i18n.Wording;

/** The event an {@code E<n>} retention counts from. */
public enum RetentionEvent implements Wording {
    /** 劳动合同终止或解除: the staff register's {@code swa:employedUntil} stands in while the contract has no event date. */
    EMPLOYMENT_END,
    /** 固定资产报废清理. */
    ASSET_DISPOSAL,
    /** Any other event a station names in {@code swa:retentionEventDate}. */
    OTHER;

    public Message label() {
        return message();
    }

    @Override
    public String wording() {
        return "archive-disposition.event";
    }
}
