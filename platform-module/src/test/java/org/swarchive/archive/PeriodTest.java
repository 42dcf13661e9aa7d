package org.swarchive.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({"2025,YEAR,2025-01-01,2025-12-31", "2025-Q2,QUARTER,2025-04-01,2025-06-30",
            "2024-02,MONTH,2024-02-01,2024-02-29", "2025-03-09,DAY,2025-03-09,2025-03-09"})
    void should_parse_each_period_form_when_valid(String value, Period.Kind kind, LocalDate start, LocalDate end) {
        assertThat(Period.parse(value)).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(kind);
            assertThat(p.start()).isEqualTo(start);
            assertThat(p.end()).isEqualTo(end);
            assertThat(p.label()).isEqualTo(value);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "2025-00", "2025-Q5", "2025-02-30", "25", "2025/03", "2025年3月", "", " 2025-1"})
    void should_reject_a_value_when_it_is_no_real_period(String value) {
        assertThat(Period.parse(value)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void should_split_a_year_into_months_and_quarters_and_name_iso_weeks() {
        Period y = Period.year(2025);
        assertThat(y.months()).hasSize(12);
        assertThat(y.quarters()).extracting(Period::label).containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
        assertThat(Period.weekOf(LocalDate.of(2025, 12, 31)).label()).isEqualTo("2026-W01");
        assertThat(y.encloses(Period.month(2025, 12))).isTrue();
        assertThat(Period.quarter(2025, 1).encloses(Period.month(2025, 4))).isFalse();
    }
}
