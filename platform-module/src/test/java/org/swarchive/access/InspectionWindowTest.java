package org.swarchive.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swarchive.i18n.Language;

/** What each feature asks of the one window record: the evaluator's view, disposition's hold, the digest's calendar. */
class InspectionWindowTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant FROM = LocalDate.of(2026, 3, 2).atTime(14, 0).atZone(SHANGHAI).toInstant();
    private static final Instant UNTIL = LocalDate.of(2026, 3, 10).atStartOfDay(SHANGHAI).toInstant();
    private static final InspectionWindow WINDOW = new InspectionWindow("w1", "JN01", "assessors", FROM, UNTIL, Optional.empty(), "站长");

    @Test
    void should_be_open_to_its_own_group_only_between_its_start_and_its_end() {
        assertThat(WINDOW.isOpenTo("assessors", FROM)).isTrue();
        assertThat(WINDOW.isOpenTo("assessors", FROM.minusSeconds(1))).isFalse();
        assertThat(WINDOW.isOpenTo("assessors", UNTIL)).isFalse();
        assertThat(WINDOW.isOpenTo("other-firm", FROM.plusSeconds(60))).isFalse();
    }

    @Test
    void should_cover_every_day_it_is_open_at_some_moment_when_disposition_asks() {
        assertThat(WINDOW.covers(LocalDate.of(2026, 3, 1), SHANGHAI)).isFalse();
        assertThat(WINDOW.covers(LocalDate.of(2026, 3, 2), SHANGHAI)).as("opens in the afternoon").isTrue();
        assertThat(WINDOW.covers(LocalDate.of(2026, 3, 9), SHANGHAI)).isTrue();
        assertThat(WINDOW.covers(LocalDate.of(2026, 3, 10), SHANGHAI)).as("ended at midnight").isFalse();
        InspectionWindow closed = WINDOW.closedAt(LocalDate.of(2026, 3, 4).atTime(8, 0).atZone(SHANGHAI).toInstant());
        assertThat(closed.covers(LocalDate.of(2026, 3, 5), SHANGHAI)).as("closed early").isFalse();
        assertThat(closed.openUntil(SHANGHAI).in(Language.ZH)).isEqualTo("评估窗口开放至 2026-03-04");
        assertThat(closed.openUntil(SHANGHAI).in(Language.EN)).isEqualTo("inspection window open until 2026-03-04");
    }

    @Test
    void should_list_openings_and_closings_in_the_digests_days_soonest_first() {
        InspectionWindow later = new InspectionWindow("w2", "JN01", "bureau", UNTIL, UNTIL.plusSeconds(30 * 86_400L), Optional.empty(), "站长");
        assertThat(InspectionWindow.changesBetween(List.of(WINDOW, later), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14), SHANGHAI))
                .extracting(InspectionWindow.Change::evaluator, InspectionWindow.Change::date, InspectionWindow.Change::opens)
                .containsExactly(tuple("assessors", LocalDate.of(2026, 3, 2), true),
                        tuple("assessors", LocalDate.of(2026, 3, 10), false),
                        tuple("bureau", LocalDate.of(2026, 3, 10), true));
    }
}
