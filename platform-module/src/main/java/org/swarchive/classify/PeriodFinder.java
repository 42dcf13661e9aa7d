package org.swarchive.classify;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swarchive.archive.Period;

/**
 * Finds the periods and dates a text names, in the ways Chinese and English documents write
 * them: {@code 2025年3月}, {@code 2025-03}, {@code 2025.3}, {@code 2025年第一季度}, {@code 2025年度},
 * {@code 2025年3月15日}, {@code March 2025}, {@code Q1 2025}, and bare {@code 3月} or
 * {@code 第一季度}, whose year is borrowed from the rest of the document. Pure: no clock.
 *
 * <p>Also (issue 15): years in Chinese numerals ({@code 二〇二五年三月}), months and days in Chinese
 * numerals ({@code 三月十日}), full-width digits, {@code 上半年}/{@code 下半年} (read as the year: the
 * archive has no half-year period) and, in names and titles only, compact {@code 20250310} and
 * {@code 202506}, which in a body are as likely an amount or a serial number.
 */
public final class PeriodFinder {

    private static final String CN_NUM = "[一二三四五六七八九十]{1,3}";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String NOT_DIGIT_BEFORE = "(?<![0-9０-９])";
    private static final String NOT_DIGIT_AFTER = "(?![0-9０-９])";

    /** One way of writing a period; longer matches win over shorter ones at the same place. */
    private record Form(Pattern pattern, Function<Matcher, Optional<Period>> read, boolean yearless) {
    }

    private final List<Form> forms = List.of(
            form(YEAR + "\\s*年\\s*(\\d{1,2}|" + CN_NUM + ")\\s*月\\s*(\\d{1,2}|" + CN_NUM + ")\\s*[日号]",
                    m -> day(m.group(1), m.group(2), m.group(3))),
            form(NOT_DIGIT_BEFORE + YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})" + NOT_DIGIT_AFTER,
                    m -> day(m.group(1), m.group(3), m.group(4))),
            form(YEAR + "\\s*年\\s*(\\d{1,2}|" + CN_NUM + ")\\s*月(?:份)?",
                    m -> month(m.group(1), m.group(2))),
            form(NOT_DIGIT_BEFORE + YEAR + "[-/.](\\d{1,2})" + NOT_DIGIT_AFTER + "(?![-/.]\\d)",
                    m -> month(m.group(1), m.group(2))),
            form("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+" + YEAR + "\\b",
                    m -> englishMonth(m.group(1), m.group(2))),
            form(YEAR + "\\s*年?\\s*(?:第)?\\s*([一二三四1-4])\\s*季度",
                    m -> quarter(m.group(1), m.group(2))),
            form("(?i)" + NOT_DIGIT_BEFORE + YEAR + "\\s*[-年]?\\s*Q([1-4])\\b", m -> quarter(m.group(1), m.group(2))),
            form("(?i)\\bQ([1-4])[\\s,/-]*" + YEAR + "\\b", m -> quarter(m.group(2), m.group(1))),
            form(NOT_DIGIT_BEFORE + YEAR + "\\s*(?:年度|年(?!\\s*(?:\\d|" + CN_NUM + "|第)))",
                    m -> Optional.of(Period.year(Integer.parseInt(m.group(1))))),
            form(NOT_DIGIT_BEFORE + YEAR + "\\s*年?\\s*(?:度)?\\s*[上下]半年",
                    m -> Optional.of(Period.year(Integer.parseInt(m.group(1))))),
            form("(?i)\\b(?:FY\\s*)?" + YEAR + "\\s+(?:annual|yearly)\\b|\\b(?:annual|yearly)\\b[^\\n\\d]{0,30}" + YEAR + "\\b",
                    m -> Optional.of(Period.year(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2))))));

    /** Year-less forms: read only when a year is known from elsewhere. */
    private static final Pattern BARE_MONTH = Pattern.compile(NOT_DIGIT_BEFORE + "(\\d{1,2}|" + CN_NUM + ")\\s*月(?:份)?(?!\\s*\\d{1,2}\\s*[日号])");
    private static final Pattern BARE_QUARTER = Pattern.compile("(?:第)?([一二三四])\\s*季度");
    private static final Pattern BARE_DAY = Pattern.compile("(?<![年\\d])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern BARE_HALF = Pattern.compile("(?<![年\\d])[上下]半年");

    /** Compact dates, read in names and titles only: 20250310, 202506 (not inside a longer number). */
    private final List<Form> compactForms = List.of(
            form(NOT_DIGIT_BEFORE + YEAR + "(\\d{2})(\\d{2})" + NOT_DIGIT_AFTER, m -> day(m.group(1), m.group(2), m.group(3))),
            form(NOT_DIGIT_BEFORE + YEAR + "(0[1-9]|1[0-2])" + NOT_DIGIT_AFTER, m -> month(m.group(1), m.group(2))));

    private static final Pattern CN_YEAR = Pattern.compile("[〇○零一二三四五六七八九]{4}(?=\\s*年)");
    private static final String CN_DIGITS = "〇一二三四五六七八九";

    /**
     * Full-width digits and Chinese-numeral years (二〇二五年) as ASCII digits: one character for one,
     * so every position the finder reports is a position in the original text.
     */
    static String normalise(String text) {
        StringBuilder b = new StringBuilder(text);
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c >= '０' && c <= '９') {
                b.setCharAt(i, (char) ('0' + (c - '０')));
            }
        }
        Matcher m = CN_YEAR.matcher(b);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                char c = b.charAt(i);
                int d = c == '○' || c == '零' ? 0 : CN_DIGITS.indexOf(c);
                b.setCharAt(i, (char) ('0' + d));
            }
        }
        return b.toString();
    }

    /** As {@link #find(String, Optional)}, with the compact forms a name or title uses (20250310, 202506). */
    public List<PeriodMention> findInTitle(String title, Optional<Integer> year) {
        String text = normalise(title);
        List<PeriodMention> found = new ArrayList<>(find(text, year));
        for (Form f : compactForms) {
            Matcher m = f.pattern.matcher(text);
            while (m.find()) {
                f.read.apply(m).ifPresent(p -> found.add(new PeriodMention(p, title.substring(m.start(), m.end()), m.start(), false)));
            }
        }
        return longestFirst(found);
    }

    private static Form form(String regex, Function<Matcher, Optional<Period>> read) {
        return new Form(Pattern.compile(regex), read, false);
    }

    /** Every period the text names with its year, in order; where two readings overlap the longer wins. */
    public List<PeriodMention> find(String original) {
        String text = normalise(original);
        List<PeriodMention> found = new ArrayList<>();
        for (Form f : forms) {
            Matcher m = f.pattern.matcher(text);
            while (m.find()) {
                f.read.apply(m).ifPresent(p -> found.add(new PeriodMention(p, original.substring(m.start(), m.end()), m.start(), false)));
            }
        }
        return longestFirst(found);
    }

    /**
     * Every period named, with year-less ones ({@code 3月}, {@code 第一季度}) placed in {@code year}
     * when one is given; year-less readings never override a reading that has a year.
     */
    public List<PeriodMention> find(String text, Optional<Integer> year) {
        List<PeriodMention> found = new ArrayList<>(find(text));
        text = normalise(text);
        if (year.isPresent()) {
            int y = year.get();
            Matcher m = BARE_MONTH.matcher(text);
            while (m.find()) {
                int month = number(m.group(1));
                if (month >= 1 && month <= 12) {
                    found.add(new PeriodMention(Period.month(y, month), m.group(), m.start(), true));
                }
            }
            Matcher q = BARE_QUARTER.matcher(text);
            while (q.find()) {
                found.add(new PeriodMention(Period.quarter(y, number(q.group(1))), q.group(), q.start(), true));
            }
            Matcher dm = BARE_DAY.matcher(text);
            while (dm.find()) {
                String yy = String.valueOf(y);
                Matcher at = dm;
                day(yy, at.group(1), at.group(2)).ifPresent(p -> found.add(new PeriodMention(p, at.group(), at.start(), true)));
            }
            Matcher h = BARE_HALF.matcher(text);
            while (h.find()) {
                found.add(new PeriodMention(Period.year(y), h.group(), h.start(), true));
            }
        }
        return longestFirst(found);
    }

    /** The first date the text names, if any. */
    public Optional<LocalDate> firstDate(String text) {
        return find(text).stream().filter(m -> m.kind() == Period.Kind.DAY).map(m -> m.period().start()).findFirst();
    }

    /** Keeps, of overlapping readings, the longest (then the one with a year), in text order. */
    private static List<PeriodMention> longestFirst(List<PeriodMention> found) {
        List<PeriodMention> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((PeriodMention m) -> -m.text().length())
                .thenComparing(PeriodMention::yearless).thenComparingInt(PeriodMention::start));
        List<PeriodMention> kept = new ArrayList<>();
        for (PeriodMention m : sorted) {
            boolean overlaps = kept.stream().anyMatch(k -> m.start() < k.start() + k.text().length()
                    && k.start() < m.start() + m.text().length());
            if (!overlaps) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(PeriodMention::start));
        return List.copyOf(kept);
    }

    private static Optional<Period> day(String y, String m, String d) {
        try {
            return Optional.of(Period.day(LocalDate.of(Integer.parseInt(y), number(m), number(d))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Period> month(String y, String m) {
        int month = number(m);
        return month >= 1 && month <= 12 ? Optional.of(Period.month(Integer.parseInt(y), month)) : Optional.empty();
    }

    private static Optional<Period> quarter(String y, String q) {
        return Optional.of(Period.quarter(Integer.parseInt(y), number(q)));
    }

    private static Optional<Period> englishMonth(String name, String y) {
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT).substring(0, 3))) {
                return Optional.of(Period.month(Integer.parseInt(y), month.getValue()));
            }
        }
        return Optional.empty();
    }

    /** 1–12 written in digits or in Chinese numerals (一 … 十二). */
    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        String digits = "一二三四五六七八九";
        if (s.equals("十")) {
            return 10;
        }
        if (s.startsWith("十")) {
            return 10 + digits.indexOf(s.charAt(1)) + 1;
        }
        if (s.length() == 1) {
            return digits.indexOf(s.charAt(0)) + 1;
        }
        if (s.length() == 2 && s.charAt(1) == '十') {
            return (digits.indexOf(s.charAt(0)) + 1) * 10;
        }
        if (s.length() == 3 && s.charAt(1) == '十') {
            return (digits.indexOf(s.charAt(0)) + 1) * 10 + digits.indexOf(s.charAt(2)) + 1;
        }
        return -1;
    }
}
