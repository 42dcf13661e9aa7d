package org.swarchive.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fast date reading a scan uses gives what {@link LocalDate#parse} gives, value for value. */
class RecordPropertyTest {

    @Test
    void should_read_a_date_exactly_as_local_date_parse_when_the_value_is_read_digit_by_digit() {
        String[] values = {"2025-02-28", "2024-02-29", "2025-02-29", "2025-02-30", "2025-13-01", "2025-00-10", "0000-01-01",
            "9999-12-31", "2025-1-01", "2025-01-1", "2025/01/01", "+12025-01-01", "-2025-01-01", "２０２５-01-01", "2025-01-01 ",
            " 2025-01-01", "", "2025-01-01T00:00", "abcd-ef-gh"};
        for (String v : values) {
            assertThat(RecordProperty.isoDate(v)).as(v).isEqualTo(parsed(v));
        }
        assertThat(RecordProperty.isoDate(null)).isEmpty();
    }

    @Test
    void should_find_a_property_by_its_key_and_nothing_for_another_key() {
        for (RecordProperty p : RecordProperty.values()) {
            assertThat(RecordProperty.fromKey(p.key())).contains(p);
        }
        assertThat(RecordProperty.fromKey("swa:noSuchProperty")).isEmpty();
        assertThat(RecordProperty.fromKey(null)).isEmpty();
    }

    private static Optional<LocalDate> parsed(String v) {
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
