package org.swarchive.archive.disposition;

import org.swarchive.archive.LocalizedText;

/** The event an {@code E<n>} retention counts from. */
public enum RetentionEvent {
    /** 劳动合同终止或解除: the staff register's {@code swa:employedUntil} stands in while the contract has no event date. */
    EMPLOYMENT_END("劳动合同终止或解除", "end of employment"),
    /** 固定资产报废清理. */
    ASSET_DISPOSAL("固定资产报废清理", "disposal of the asset"),
    /** Any other event a station names in {@code swa:retentionEventDate}. */
    OTHER("保管起算事件", "the starting event");

    private final LocalizedText label;

    RetentionEvent(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
