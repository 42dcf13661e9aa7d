package org.swarchive.disposition;

import org.swarchive.i18n.Wording;

/** The words of the 销毁清册, in both languages; the Chinese ones are the form's own. */
enum RegisterText implements Wording {
    TITLE, COVER, LIST, FONDS, PROPOSAL, QUANTITY, TOTAL_PAGES, APPRAISER, APPRAISED_ON, APPROVER, APPROVED_ON,
    SUPERVISOR, DESTROYED_AT, SEQ, ITEM_TITLE, YEAR, CODE, RETENTION, KEPT, PAGES, NOTE, TOTAL, ITEMS, YEARS,
    PAGES_PARTLY, PAGES_UNKNOWN, NONE;

    @Override
    public String wording() {
        return "disposition.register";
    }
}
