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
 */
public record FilingRule(List<Pattern> names, List<Pattern> content, List<Pattern> exclude, Set<Period.Kind> coverage) {

    /** A type with no rule is never recognised automatically; it can still be filed from review. */
    public static final FilingRule NONE = new FilingRule(List.of(), List.of(), List.of(), Set.of());

    public FilingRule {
        names = List.copyOf(names);
        content = List.copyOf(content);
        exclude = List.copyOf(exclude);
        coverage = coverage.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(coverage));
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
