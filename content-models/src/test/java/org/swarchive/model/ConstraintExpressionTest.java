package org.swarchive.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The REGEX constraints as Alfresco applies them: the whole value must match. */
class ConstraintExpressionTest {

    private static final SwaModel MODEL = SwaModel.load();

    private static boolean accepts(String constraint, String value) {
        Pattern p = MODEL.constraint(constraint).pattern();
        boolean matches = p.matcher(value).matches();
        // anchored: a reader that searches (Share's client-side check) must agree with one that matches
        assertThat(p.matcher(value).find()).as("find() agrees with matches() for " + value).isEqualTo(matches);
        return matches;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025", "2025-Q1", "2025-Q4", "2025-01", "2025-12", "2025-03-01", "2025-02-28", "2025-12-31"})
    void should_accept_a_period_when_it_is_a_year_quarter_month_or_day(String value) {
        assertThat(accepts("swa:periodRegex", value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "2025-00", "2025-Q5", "2025-Q0", "2025-3", "25", "2025-03-32", "2025-03-00",
            "2025-W05", "2025-q1", "x2025", "2025-03 ", "2025/03", ""})
    void should_reject_a_period_when_it_is_not_one_of_the_four_forms(String value) {
        assertThat(accepts("swa:periodRegex", value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Y", "D10", "D30", "E2", "E5", "D1", "D999"})
    void should_accept_a_retention_when_it_is_permanent_fixed_or_after_an_event(String value) {
        assertThat(accepts("swa:retentionRegex", value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"D0", "D1000", "E05", "X5", "y", "D", "YD10", "D 10", "d10", "永久", ""})
    void should_reject_a_retention_when_it_is_not_y_dn_or_en(String value) {
        assertThat(accepts("swa:retentionRegex", value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JN01-WS\u00B72025-D30-0001", "JN01-KJ\u00B72025-Y-0012", "JN01-RS\u00B72024-E2-0003",
            "JN01-FW\u00B72025-D10-SG-0120"})
    void should_accept_an_archive_code_when_it_follows_da_t_22(String value) {
        assertThat(accepts("swa:archiveCodeRegex", value)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "JN01-WS.2025-D30-0001 | ASCII dot instead of U+00B7",
            "JN01-WS\u30FB2025-D30-0001 | katakana middle dot",
            "JN01-WS\u00B72025-D30-001 | three-digit item",
            "JN01-WS\u00B725-D30-0001 | two-digit year",
            "JN01-ws\u00B72025-D30-0001 | lower-case class code",
            "JN01-WS\u00B72025-D0-0001 | zero years",
            "JN01WS\u00B72025-D30-0001 | no fonds separator",
            "JN01-WS\u00B72025-D30-0001-x | trailing text"})
    void should_reject_an_archive_code_when_it_breaks_the_format(String value, String why) {
        assertThat(accepts("swa:archiveCodeRegex", value)).as(why).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"swa:identifierRegex, S001, true", "swa:identifierRegex, case-2025.017, true",
            "swa:identifierRegex, -S001, false", "swa:identifierRegex, S 001, false",
            "swa:indicatorCodeRegex, G1.1, true", "swa:indicatorCodeRegex, G1 .1, false",
            "swa:frameworkIdRegex, station-star, true", "swa:frameworkIdRegex, Station_Star, false",
            "swa:fondsCodeRegex, JN01, true", "swa:fondsCodeRegex, JN-01, false",
            "swa:classCodeRegex, WS, true", "swa:classCodeRegex, WSX, false"})
    void should_check_codes_when_identifiers_are_constrained(String constraint, String value, boolean valid) {
        assertThat(accepts(constraint, value)).isEqualTo(valid);
    }
}
