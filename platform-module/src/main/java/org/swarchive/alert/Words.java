package org.swarchive.alert;

import java.util.List;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;

/** The words of alert emails, in both languages. */
enum Words {
    DIGEST_SUBJECT(Message.of("alert.digest-subject")),
    OVERDUE_SUBJECT(Message.of("alert.overdue-subject")),
    DIGEST_TITLE(Message.of("alert.digest-title")),
    OVERDUE_TITLE(Message.of("alert.overdue-title")),
    STATION(Message.of("alert.station")),
    FRAMEWORK(Message.of("alert.framework")),
    PERIOD(Message.of("alert.period")),
    AS_OF(Message.of("alert.as-of")),
    SCORE(Message.of("alert.score")),
    GRADE(Message.of("alert.grade")),
    OVERDUE(Message.of("alert.overdue")),
    NEW(Message.of("alert.new")),
    NEW_NOW(Message.of("alert.new-now")),
    CLOSED(Message.of("alert.closed")),
    DUE_SOON(Message.of("alert.due-soon")),
    PROPOSALS(Message.of("alert.proposals")),
    WINDOWS(Message.of("alert.windows")),
    OPENS(Message.of("alert.opens")),
    CLOSES(Message.of("alert.closes")),
    NONE(Message.of("alert.none")),
    INDICATOR(Message.of("alert.indicator")),
    DOC_TYPE(Message.of("alert.doc-type")),
    SLOT(Message.of("alert.slot")),
    SUBJECT(Message.of("alert.subject")),
    DUE(Message.of("alert.due")),
    DAYS_OVERDUE(Message.of("alert.days-overdue")),
    DAYS_LEFT(Message.of("alert.days-left")),
    STANDING(Message.of("alert.standing")),
    RECORDS(Message.of("alert.records")),
    FOOTER(Message.of("alert.footer"));

    private final Message text;

    Words(Message text) {
        this.text = text;
    }

    String in(Language lang) {
        return text.in(lang);
    }

    /** The words with their arguments ({@code {0}}, {@code {1,number,#}}). */
    String format(Language lang, Object... args) {
        return new Message(text.key(), List.of(args)).in(lang);
    }
}
