package org.swarchive.archive.disposition;

import org.swarchive.i18n.Message;


/** The event an {@code E<n>} retention counts from. */
public enum RetentionEvent {
    /** 劳动合同终止或解除: the staff register's {@code swa:employedUntil} stands in while the contract has no event date. */
    EMPLOYMENT_END(Message.of("archive-disposition.event.employment-end")),
    /** 固定资产报废清理. */
    ASSET_DISPOSAL(Message.of("archive-disposition.event.asset-disposal")),
    /** Any other event a station names in {@code swa:retentionEventDate}. */
    OTHER(Message.of("archive-disposition.event.other"));

    private final Message label;

    RetentionEvent(Message label) {
        this.label = label;
    }

    public Message label() {
        return label;
    }
}
