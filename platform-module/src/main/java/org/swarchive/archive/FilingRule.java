package org.swarchive.archive;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a document of one type is recognised when it is filed: catalogue data, so a station can
 * teach the filer its own wording. Patterns are case-insensitive regular expressions.
 *
 * @param names    strong evidence: matched against the file name, the document's title and its heading
 * @param content  weak evidence: matched anywhere in the text
 * @param exclude  a match in the name, title or heading rules this type out (财务 for 月报)
 * @param coverage the kinds of period a document of this type covers; empty means it is simply
 *                 dated (its {@code swa:documentDate}), with no {@code swa:period}
 * @param documentDate which of the dates a document names is its 成文日期 (type knowledge: a
 *                 contract's signing date, not its end date)
 */
public record FilingRule(List<Pattern> names, List<Pattern> content, List<Pattern> exclude, Set<Period.Kind> coverage,
                         DateRule documentDate) {

    /** A type with no rule is never recognised automatically; it can still be filed from review. */
    public static final FilingRule NONE = new FilingRule(List.of(), List.of(), List.of(), Set.of());

    /**
     * Which date is the document's own. {@code FIRST}: the date it states first (a meeting, an
     * activity, a form filled in on the day); {@code SIGNING}: the date it was signed; {@code CLOSING}:
     * the date a matter was closed; {@code ISSUE}: the date at its foot (a report issued after the
     * period it reports on); {@code LAST_ENTRY}: the latest date in it (a register, a ledger, a log).
     */
    public enum DateRule {
        FIRST("first"), SIGNING("signing"), CLOSING("closing"), ISSUE("issue"), LAST_ENTRY("last-entry");

        private final String id;

        DateRule(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static java.util.Optional<DateRule> fromId(String id) {
            return java.util.Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
        }

        /**
         * True when the date lies inside the period the document covers, so a dated document of a
         * quarterly type is in the quarter of its date; a report's issue date is after its period.
         */
        public boolean insidePeriod() {
            return this != ISSUE;
        }
    }

    public FilingRule(List<Pattern> names, List<Pattern> content, List<Pattern> exclude, Set<Period.Kind> coverage) {
        this(names, content, exclude, coverage, DateRule.FIRST);
    }

    public FilingRule {
        names = List.copyOf(names);
        content = List.copyOf(content);
        exclude = List.copyOf(exclude);
        coverage = coverage.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(coverage));
        Objects.requireNonNull(documentDate, "documentDate");
    }

    /** Compiles the patterns the way the filer matches them: case-insensitive, Unicode-aware. */
    public static Pattern compile(String regex) {
        return Pattern.compile(Objects.requireNonNull(regex), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public boolean isEmpty() {
        return names.isEmpty() && content.isEmpty();
    }

    /** True when a document of this type covers a period rather than standing at a date. */
    public boolean coversPeriod() {
        return !coverage.isEmpty();
    }
}
