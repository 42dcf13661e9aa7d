package org.swarchive.evidence;

import java.time.LocalDate;
import java.util.Objects;
import org.swarchive.archive.Period;

/**
 * One concrete piece of evidence an indicator asks for: a requirement, in one period (null for
 * standing evidence), for one subject (null when not per subject), due on a date.
 */
public record EvidenceSlot(String indicatorCode, EvidenceRequirement requirement, Period period, String subject,
                           LocalDate due) {
    public EvidenceSlot {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(due, "due");
    }

    /** The slot's period label ({@code 2025-04}), or null for standing evidence. */
    public String periodLabel() {
        return period == null ? null : period.label();
    }
}
