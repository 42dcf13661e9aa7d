package org.swarchive.classify;

import org.swarchive.archive.Period;

/**
 * A period a text names, where it names it, and whether its year had to be borrowed from
 * elsewhere (a bare {@code 3月} or {@code 第一季度}).
 */
public record PeriodMention(Period period, String text, int start, boolean yearless) {

    public Period.Kind kind() {
        return period.kind();
    }
}
