package org.swarchive.archive;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The span of time a document covers or a slot asks for: a year, quarter, month, week or day,
 * with inclusive start and end dates and the label used in {@code swa:period}.
 */
public record Period(Kind kind, LocalDate start, LocalDate end, String label) implements Comparable<Period> {

    public enum Kind { YEAR, QUARTER, MONTH, WEEK, DAY }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    public Period {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + label);
        }
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-Qn}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when the
     * value is not one of these or names no real date (2025-13, 2025-02-30).
     */
    public static Optional<Period> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            Matcher m;
            if ((m = YEAR.matcher(v)).matches()) {
                return Optional.of(year(Integer.parseInt(m.group(1))));
            }
            if ((m = QUARTER.matcher(v)).matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = MONTH.matcher(v)).matches()) {
                return Optional.of(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = DAY.matcher(v)).matches()) {
                return Optional.of(day(LocalDate.of(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), String.valueOf(year));
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new DateTimeException("quarter must be 1-4: " + quarter);
        }
        LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
        return new Period(Kind.QUARTER, start, start.plusMonths(3).minusDays(1), year + "-Q" + quarter);
    }

    public static Period month(int year, int month) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new Period(Kind.MONTH, start, start.with(TemporalAdjusters.lastDayOfMonth()),
                String.format("%04d-%02d", year, month));
    }

    public static Period day(LocalDate date) {
        return new Period(Kind.DAY, date, date, date.toString());
    }

    /** The ISO week (Monday to Sunday) that contains the date, labelled {@code 2025-W05}. */
    public static Period weekOf(LocalDate date) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(Kind.WEEK, monday, monday.plusDays(6), String.format("%04d-W%02d",
                monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }

    public int year() {
        return start.getYear();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** True when the other period lies wholly inside this one. */
    public boolean encloses(Period other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public boolean overlaps(LocalDate from, LocalDate until) {
        return !from.isAfter(end) && (until == null || !until.isBefore(start));
    }

    public List<Period> quarters() {
        return split(Kind.QUARTER);
    }

    public List<Period> months() {
        return split(Kind.MONTH);
    }

    /** Weeks that start inside this period: a week belongs to the period its Monday falls in. */
    public List<Period> weeks() {
        List<Period> weeks = new ArrayList<>();
        LocalDate monday = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (; !monday.isAfter(end); monday = monday.plusWeeks(1)) {
            weeks.add(weekOf(monday));
        }
        return weeks;
    }

    private List<Period> split(Kind kind) {
        List<Period> parts = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); ) {
            Period p = kind == Kind.QUARTER ? quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1)
                    : month(d.getYear(), d.getMonthValue());
            if (encloses(p)) {
                parts.add(p);
            }
            d = p.end.plusDays(1);
        }
        return parts;
    }

    @Override
    public int compareTo(Period o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : o.end.compareTo(end);
    }

    @Override
    public String toString() {
        return label;
    }
}
