package org.swarchive.archive.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swarchive.archive.disposition.TestRecords.CATALOGUE;
import static org.swarchive.archive.disposition.TestRecords.record;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swarchive.access.InspectionWindow;
import org.swarchive.archive.Category;
import org.swarchive.i18n.Language;

class AppraiserTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    private final Appraiser appraiser = new Appraiser(RetentionSchedule.national(CATALOGUE));

    @Test
    void should_skip_a_held_record_with_its_reason_when_swa_hold_is_set() {
        var held = record("k/a.txt", "swa:docType", "bank-statement", "swa:period", "2014-05",
                "swa:hold", "true", "swa:holdReason", "区民政局专项审计进行中");
        var free = record("k/b.txt", "swa:docType", "bank-statement", "swa:period", "2014-06");

        Appraisal a = appraiser.appraise(List.of(held, free), AS_OF, Map.of());

        assertThat(a.find("k/a.txt").orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(DispositionStatus.HELD);
            assertThat(r.reason().in(Language.ZH)).contains("区民政局专项审计进行中");
            assertThat(r.expired(AS_OF)).isTrue();
        });
        assertThat(a.disposable()).extracting(AppraisedRecord::id).containsExactly("k/b.txt");
        assertThat(a.due()).flatExtracting(Series::records).extracting(AppraisedRecord::id)
                .containsExactlyInAnyOrder("k/a.txt", "k/b.txt");
    }

    @Test
    void should_hold_every_record_of_a_case_when_its_intake_has_no_closing_date() {
        var intake = record("f/intake.txt", "swa:docType", "case-intake", "swa:caseId", "C900",
                "swa:documentDate", "2013-04-01", "swa:caseOpened", "2013-04-01");
        var note = record("f/record.txt", "swa:docType", "case-record", "swa:caseId", "C900", "swa:documentDate", "2013-05-01");
        var closedIntake = record("f/intake2.txt", "swa:docType", "case-intake", "swa:caseId", "C901",
                "swa:documentDate", "2013-04-01", "swa:caseClosed", "2013-09-01");

        Appraisal a = appraiser.appraise(List.of(intake, note, closedIntake), AS_OF, Map.of());

        assertThat(a.find("f/record.txt").orElseThrow().holds()).containsExactly(new Hold.OpenCase("C900"));
        assertThat(a.find("f/intake.txt").orElseThrow().status()).isEqualTo(DispositionStatus.HELD);
        assertThat(a.find("f/record.txt").orElseThrow().reason().in(Language.ZH)).contains("个案 C900 尚未结案");
        assertThat(a.find("f/intake2.txt").orElseThrow().status()).isEqualTo(DispositionStatus.DUE);
    }

    @Test
    void should_read_retained_when_a_record_of_an_open_case_is_not_yet_due() {
        var intake = record("f/intake.txt", "swa:docType", "case-intake", "swa:caseId", "C902", "swa:documentDate", "2025-04-01");
        var note = record("f/record.txt", "swa:docType", "case-record", "swa:caseId", "C902", "swa:documentDate", "2025-05-01");

        AppraisedRecord r = appraiser.appraise(List.of(intake, note), AS_OF, Map.of()).find("f/record.txt").orElseThrow();

        assertThat(r.status()).isEqualTo(DispositionStatus.RETAINED);
        assertThat(r.holds()).containsExactly(new Hold.OpenCase("C902"));
    }

    @Test
    void should_hold_a_record_when_an_open_inspection_window_covers_it() {
        var covered = record("w/log.txt", "swa:docType", "work-log", "swa:documentDate", "2014-06-15");
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        // Open in the afternoon of the day before, closing in the morning of the day: it covers that day.
        InspectionWindow window = new InspectionWindow("星级评估", "JN01", "2026", AS_OF.minusDays(1).atTime(15, 0).atZone(zone).toInstant(),
                AS_OF.atTime(9, 0).atZone(zone).toInstant(), Optional.empty(), "站长");

        Appraisal a = new Appraiser(RetentionSchedule.national(CATALOGUE), List.of(window), zone).appraise(List.of(covered), AS_OF, Map.of());

        assertThat(a.find("w/log.txt").orElseThrow().status()).isEqualTo(DispositionStatus.HELD);
        assertThat(a.find("w/log.txt").orElseThrow().reason().in(Language.ZH)).contains("2026 星级评估").contains("评估窗口开放至 " + AS_OF);
        assertThat(a.find("w/log.txt").orElseThrow().reason().in(Language.EN)).contains("inspection window open until " + AS_OF);
        Appraisal dayAfter = new Appraiser(RetentionSchedule.national(CATALOGUE), List.of(window), zone)
                .appraise(List.of(covered), AS_OF.plusDays(1), Map.of());
        assertThat(dayAfter.find("w/log.txt").orElseThrow().status()).as("the window is over").isEqualTo(DispositionStatus.DUE);
    }

    @Test
    void should_group_due_records_by_series_when_listing_what_is_due() {
        var logs = List.of(
                record("w/1.txt", "swa:docType", "work-log", "swa:documentDate", "2014-01-05"),
                record("w/2.txt", "swa:docType", "work-log", "swa:documentDate", "2015-01-05"),
                record("w/3.txt", "swa:docType", "work-log", "swa:documentDate", "2014-02-05"),
                record("k/1.txt", "swa:docType", "bank-statement", "swa:period", "2014-02"),
                record("w/new.txt", "swa:docType", "work-log", "swa:documentDate", "2020-02-05"),
                record("w/policy.txt", "swa:docType", "policy", "swa:documentDate", "2001-02-05"));

        List<Series> due = appraiser.appraise(logs, AS_OF, Map.of()).due();

        assertThat(due).extracting(Series::code).containsExactly("WS·2014-D10", "WS·2015-D10", "KJ·2014-D10");
        assertThat(due.get(0).records()).extracting(AppraisedRecord::id).containsExactly("w/1.txt", "w/3.txt");
        assertThat(due.get(2).category()).isEqualTo(Category.FINANCE);
    }

    @Test
    void should_show_the_proposal_when_an_open_proposal_has_the_record() {
        var log = record("w/1.txt", "swa:docType", "work-log", "swa:documentDate", "2014-01-05");

        Appraisal a = appraiser.appraise(List.of(log), AS_OF,
                Map.of("w/1.txt", new WorkflowMark("P2026-001", DispositionStatus.PROPOSED)));

        assertThat(a.find("w/1.txt").orElseThrow().status()).isEqualTo(DispositionStatus.PROPOSED);
        assertThat(a.disposable()).isEmpty();
    }

    @Test
    void should_say_when_the_record_may_go_when_it_is_not_yet_due() {
        var log = record("w/1.txt", "swa:docType", "work-log", "swa:documentDate", "2020-01-05");

        AppraisedRecord r = appraiser.appraise(List.of(log), AS_OF, Map.of()).find("w/1.txt").orElseThrow();

        assertThat(r.status()).isEqualTo(DispositionStatus.RETAINED);
        assertThat(r.reason().in(Language.ZH)).startsWith("保管至 2031-01-01");
    }
}
