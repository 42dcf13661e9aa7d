package org.swarchive.report;

import java.util.List;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;

/** The words of the reports, in both languages. */
enum Text {
    REPORT_TITLE(Message.of("report.report-title")),
    STORE(Message.of("report.store")),
    FRAMEWORK(Message.of("report.framework")),
    PERIOD(Message.of("report.period")),
    AS_OF(Message.of("report.as-of")),
    RECORDS(Message.of("report.records")),
    SCORE(Message.of("report.score")),
    GRADE(Message.of("report.grade")),
    NO_GRADE(Message.of("report.no-grade")),
    INDICATOR(Message.of("report.indicator")),
    WEIGHT(Message.of("report.weight")),
    POINTS(Message.of("report.points")),
    READINESS(Message.of("report.readiness")),
    NOT_APPLICABLE(Message.of("report.not-applicable")),
    GAPS(Message.of("report.gaps")),
    NO_GAPS(Message.of("report.no-gaps")),
    UPCOMING(Message.of("report.upcoming")),
    NO_UPCOMING(Message.of("report.no-upcoming")),
    DOC_TYPE(Message.of("report.doc-type")),
    SLOT(Message.of("report.slot")),
    SUBJECT(Message.of("report.subject")),
    DUE(Message.of("report.due")),
    OVERDUE(Message.of("report.overdue")),
    DAYS_LEFT(Message.of("report.days-left")),
    STANDING(Message.of("report.standing")),
    UNCLASSIFIED(Message.of("report.unclassified")),
    WARNINGS(Message.of("report.warnings")),
    FIELD(Message.of("report.field")),
    FILE(Message.of("report.file")),
    PROBLEM(Message.of("report.problem")),
    MORE(Message.of("report.more")),
    GENERATED(Message.of("report.generated"));

    private final Message text;

    Text(Message text) {
        this.text = text;
    }

    String in(Language language) {
        return text.in(language);
    }

    /** The words with their arguments, e.g. {@code 另有 5 项}. */
    String format(Language language, Object... args) {
        return new Message(text.key(), List.of(args)).in(language);
    }
}
