package org.swarchive.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.swarchive.archive.Period;

/** How often a requirement asks for evidence: it cuts the evaluation period into slots. */
public enum Cadence {
    ONCE("once"), ANNUAL("annual"), QUARTERLY("quarterly"), MONTHLY("monthly"), WEEKLY("weekly");

    private final String id;

    Cadence(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Cadence> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /** The slot periods inside the evaluation period; empty for {@link #ONCE} (standing evidence). */
    public List<Period> cut(Period evaluation) {
        return switch (this) {
            case ONCE -> List.of();
            case ANNUAL -> years(evaluation);
            case QUARTERLY -> evaluation.quarters();
            case MONTHLY -> evaluation.months();
            case WEEKLY -> evaluation.weeks();
        };
    }

    /** The slot period of this cadence that a date falls in, or empty for {@link #ONCE}. */
    public Optional<Period> slotOf(java.time.LocalDate date) {
        return switch (this) {
            case ONCE -> Optional.empty();
            case ANNUAL -> Optional.of(Period.year(date.getYear()));
            case QUARTERLY -> Optional.of(Period.quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1));
            case MONTHLY -> Optional.of(Period.month(date.getYear(), date.getMonthValue()));
            case WEEKLY -> Optional.of(Period.weekOf(date));
        };
    }

    private static List<Period> years(Period evaluation) {
        Period year = Period.year(evaluation.year());
        return evaluation.encloses(year) ? List.of(year) : List.of();
    }
}
