package org.swarchive.alert;

import org.swarchive.i18n.Wording;

/** The words of alert emails, in both languages. */
enum Words implements Wording {
    DIGEST_SUBJECT, OVERDUE_SUBJECT, DIGEST_TITLE, OVERDUE_TITLE, STATION, FRAMEWORK, PERIOD, AS_OF, SCORE, GRADE,
    OVERDUE, NEW, NEW_NOW, CLOSED, DUE_SOON, PROPOSALS, WINDOWS, OPENS, CLOSES, NONE, INDICATOR, DOC_TYPE, SLOT,
    SUBJECT, DUE, DAYS_OVERDUE, DAYS_LEFT, STANDING, RECORDS, FOOTER;

    @Override
    public String wording() {
        return "alert";
    }
}
