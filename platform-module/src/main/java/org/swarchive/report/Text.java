package org.swarchive.report;

import org.swarchive.i18n.Wording;

/** The words of the reports, in both languages. */
enum Text implements Wording {
    REPORT_TITLE, STORE, FRAMEWORK, PERIOD, AS_OF, RECORDS, SCORE, GRADE, NO_GRADE, INDICATOR, WEIGHT, POINTS,
    READINESS, NOT_APPLICABLE, GAPS, NO_GAPS, UPCOMING, NO_UPCOMING, DOC_TYPE, SLOT, SUBJECT, DUE, OVERDUE,
    DAYS_LEFT, STANDING, UNCLASSIFIED, WARNINGS, FIELD, FILE, PROBLEM, MORE, GENERATED;

    @Override
    public String wording() {
        return "report";
    }
}
