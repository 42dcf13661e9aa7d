package org.swarchive.demo;

import org.swarchive.i18n.Text;

/**
 * A gap the demo station is made with, one a station would recognise: the doc type, the slot
 * period (null for standing evidence) and the subject (null when not per subject).
 */
public record DeliberateGap(String docType, String period, String subject, Text description) {

    boolean matches(String type, String slotPeriod, String slotSubject) {
        return docType.equals(type) && java.util.Objects.equals(period, slotPeriod)
                && java.util.Objects.equals(subject, slotSubject);
    }
}
