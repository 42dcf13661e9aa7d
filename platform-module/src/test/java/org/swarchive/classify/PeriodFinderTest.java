package org.swarchive.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.Period;

class PeriodFinderTest {

    private final PeriodFinder finder = new PeriodFinder();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2025年3月工作总结, 2025-03",
            "2025年03月, 2025-03",
            "2025年十二月份, 2025-12",
            "月报 2025-03, 2025-03",
            "2025.3 月报, 2025-03",
            "2025/11, 2025-11",
            "2025年第一季度工作总结, 2025-Q1",
            "2025年二季度, 2025-Q2",
            "Q3 2025 report, 2025-Q3",
            "2025 Q4, 2025-Q4",
            "2025年度工作总结, 2025",
            "2025年工作计划, 2025",
            "March 2025 monthly report, 2025-03",
            "2025年3月15日, 2025-03-15",
            "2025-03-15, 2025-03-15",
            "2025.3.15, 2025-03-15"})
    void should_read_the_period_when_written_the_usual_ways(String text, String expected) {
        assertThat(finder.find(text)).first().extracting(m -> m.period().label()).isEqualTo(expected);
    }

    @Test
    void should_place_a_bare_month_in_the_given_year_when_the_text_has_no_year() {
        assertThat(finder.find("3月总结(终稿)(2)")).isEmpty();
        assertThat(finder.find("3月总结(终稿)(2)", Optional.of(2025)))
                .singleElement().satisfies(m -> {
                    assertThat(m.period()).isEqualTo(Period.month(2025, 3));
                    assertThat(m.yearless()).isTrue();
                });
        assertThat(finder.find("第一季度小结", Optional.of(2024))).singleElement()
                .extracting(PeriodMention::period).isEqualTo(Period.quarter(2024, 1));
    }

    @Test
    void should_prefer_the_day_when_a_month_and_a_date_overlap() {
        assertThat(finder.find("成文日期：2025年4月2日")).singleElement()
                .extracting(m -> m.period().kind()).isEqualTo(Period.Kind.DAY);
        assertThat(finder.firstDate("报告 2025年4月2日 附件")).contains(LocalDate.of(2025, 4, 2));
    }

    @Test
    void should_ignore_impossible_dates_and_numbers_that_are_not_periods() {
        assertThat(finder.find("2025年13月")).noneMatch(m -> m.kind() == Period.Kind.MONTH);
        assertThat(finder.find("2025-02-30")).noneMatch(m -> m.kind() == Period.Kind.DAY);
        assertThat(finder.find("扫描件001 电话 13812345678")).isEmpty();
    }

    @Test
    void should_read_chinese_numerals_when_months_are_written_in_words() {
        assertThat(PeriodFinder.number("三")).isEqualTo(3);
        assertThat(PeriodFinder.number("十")).isEqualTo(10);
        assertThat(PeriodFinder.number("十一")).isEqualTo(11);
        assertThat(PeriodFinder.number("十二")).isEqualTo(12);
    }
}
