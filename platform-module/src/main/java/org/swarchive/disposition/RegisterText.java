package org.swarchive.disposition;

import java.util.List;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;

/** The words of the 销毁清册, in both languages; the Chinese ones are the form's own. */
enum RegisterText {
    TITLE(Message.of("disposition.register.title")),
    COVER(Message.of("disposition.register.cover")),
    LIST(Message.of("disposition.register.list")),
    FONDS(Message.of("disposition.register.fonds")),
    PROPOSAL(Message.of("disposition.register.proposal")),
    QUANTITY(Message.of("disposition.register.quantity")),
    TOTAL_PAGES(Message.of("disposition.register.total-pages")),
    APPRAISER(Message.of("disposition.register.appraiser")),
    APPRAISED_ON(Message.of("disposition.register.appraised-on")),
    APPROVER(Message.of("disposition.register.approver")),
    APPROVED_ON(Message.of("disposition.register.approved-on")),
    SUPERVISOR(Message.of("disposition.register.supervisor")),
    DESTROYED_AT(Message.of("disposition.register.destroyed-at")),
    SEQ(Message.of("disposition.register.seq")),
    ITEM_TITLE(Message.of("disposition.register.item-title")),
    YEAR(Message.of("disposition.register.year")),
    CODE(Message.of("disposition.register.code")),
    RETENTION(Message.of("disposition.register.retention")),
    KEPT(Message.of("disposition.register.kept")),
    PAGES(Message.of("disposition.register.pages")),
    NOTE(Message.of("disposition.register.note")),
    TOTAL(Message.of("disposition.register.total")),
    ITEMS(Message.of("disposition.register.items")),
    YEARS(Message.of("disposition.register.years")),
    PAGES_PARTLY(Message.of("disposition.register.pages-partly")),
    PAGES_UNKNOWN(Message.of("disposition.register.pages-unknown")),
    NONE(Message.of("disposition.register.none"));

    private final Message text;

    RegisterText(Message text) {
        this.text = text;
    }

    String in(Language language) {
        return text.in(language);
    }

    /** The words with their arguments, e.g. {@code 3 件}. */
    String format(Language language, Object... args) {
        return new Message(text.key(), List.of(args)).in(language);
    }
}
