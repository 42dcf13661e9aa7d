package org.swarchive.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swarchive.evidence.Records.caseIntake;
import static org.swarchive.evidence.Records.doc;
import static org.swarchive.evidence.Records.staffProfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.Period;
import org.swarchive.archive.SubjectKind;

class ReadinessEngineTest {

    private static final Period Y2025 = Period.year(2025);
    private static final LocalDate AFTER_YEAR = LocalDate.of(2026, 6, 30);
    private final ReadinessEngine engine = new ReadinessEngine();

    private static Framework single(EvidenceRequirement... requirements) {
        return new Framework("t", LocalizedText.of("测试", "Test"), BigDecimal.TEN, grades(),
                List.of(Indicator.leaf("X1", LocalizedText.of("指标", "Indicator"), BigDecimal.TEN, List.of(requirements))));
    }

    private static List<Grade> grades() {
        return List.of(new Grade(BigDecimal.valueOf(90), LocalizedText.of("优秀", "Excellent")),
                new Grade(BigDecimal.valueOf(80), LocalizedText.of("良好", "Good")),
                new Grade(BigDecimal.valueOf(60), LocalizedText.of("合格", "Pass")),
                new Grade(BigDecimal.ZERO, LocalizedText.of("不合格", "Fail")));
    }

    private Assessment assess(Framework fw, LocalDate asOf, ArchiveRecord... records) {
        return engine.assess(fw, EvidenceIndex.of(List.of(records)), Y2025, asOf);
    }

    private static List<SlotOutcome> slots(Assessment a) {
        return a.indicator("X1").orElseThrow().requirements().stream().flatMap(r -> r.slots().stream()).toList();
    }

    private static List<String> gapKeys(Assessment a) {
        return a.gaps().stream().map(g -> g.docType() + "@" + g.period() + "#" + g.subject()).toList();
    }

    @Nested
    class Cadence_cuts {
        @Test
        void should_cut_a_year_into_twelve_monthly_slots_when_cadence_is_monthly() {
            Assessment a = assess(single(EvidenceRequirement.of("monthly-summary").withCadence(Cadence.MONTHLY)), AFTER_YEAR);
            assertThat(slots(a)).extracting(s -> s.slot().periodLabel())
                    .containsExactly("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07",
                            "2025-08", "2025-09", "2025-10", "2025-11", "2025-12");
        }

        @Test
        void should_cut_quarters_and_one_year_when_cadence_is_quarterly_or_annual() {
            Assessment q = assess(single(EvidenceRequirement.of("quarterly-summary").withCadence(Cadence.QUARTERLY)), AFTER_YEAR);
            Assessment y = assess(single(EvidenceRequirement.of("annual-summary").withCadence(Cadence.ANNUAL)), AFTER_YEAR);
            assertThat(slots(q)).extracting(s -> s.slot().periodLabel()).containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
            assertThat(slots(y)).extracting(s -> s.slot().periodLabel()).containsExactly("2025");
        }

        @Test
        void should_make_one_slot_per_week_starting_in_the_year_when_cadence_is_weekly() {
            Assessment a = assess(single(EvidenceRequirement.of("work-log").withCadence(Cadence.WEEKLY)), AFTER_YEAR,
                    doc("work-log").dated("2025-01-08").build());
            // 2025 has 52 Mondays; the first week starting in 2025 is 2025-W02 (Monday 6 January).
            assertThat(slots(a)).hasSize(52);
            assertThat(slots(a).get(0).slot().periodLabel()).isEqualTo("2025-W02");
            assertThat(slots(a).get(0).status()).isEqualTo(SlotOutcome.Status.FILLED);
        }

        @Test
        void should_fill_a_slot_only_with_a_document_whose_period_lies_within_it() {
            Assessment a = assess(single(EvidenceRequirement.of("monthly-summary").withCadence(Cadence.MONTHLY)), AFTER_YEAR,
                    doc("monthly-summary").period("2025-03").build(),
                    doc("monthly-summary").dated("2025-05-20").build(),
                    doc("monthly-summary").period("2025-Q3").build(),
                    doc("monthly-summary").period("2024-12").build());
            assertThat(slots(a)).filteredOn(s -> s.status() == SlotOutcome.Status.FILLED)
                    .extracting(s -> s.slot().periodLabel()).containsExactly("2025-03", "2025-05");
        }

        @Test
        void should_not_fill_a_slot_with_another_doc_type() {
            Assessment a = assess(single(EvidenceRequirement.of("monthly-summary").withCadence(Cadence.ANNUAL)), AFTER_YEAR,
                    doc("quarterly-summary").period("2025-03").build());
            assertThat(a.gaps()).hasSize(1);
        }

        @Test
        void should_accept_any_listed_doc_type_when_a_requirement_names_several() {
            Assessment a = assess(single(EvidenceRequirement.of("policy", "service-contract")), AFTER_YEAR,
                    doc("service-contract").dated("2024-05-01").build());
            assertThat(a.gaps()).isEmpty();
        }
    }

    @Nested
    class Per_subject {
        @Test
        void should_make_monthly_slots_only_for_months_a_staff_member_was_employed() {
            EvidenceRequirement req = EvidenceRequirement.of("training-record").withCadence(Cadence.MONTHLY)
                    .per(SubjectKind.STAFF, SubjectActivity.ACTIVE);
            Assessment a = assess(single(req), AFTER_YEAR,
                    staffProfile("S1", "2020-01-01", null),
                    staffProfile("S2", "2025-10-15", null),
                    staffProfile("S3", "2019-01-01", "2025-02-10"),
                    staffProfile("S4", "2019-01-01", "2024-12-31"));
            assertThat(slots(a)).filteredOn(s -> "S1".equals(s.slot().subject())).hasSize(12);
            assertThat(slots(a)).filteredOn(s -> "S2".equals(s.slot().subject()))
                    .extracting(s -> s.slot().periodLabel()).containsExactly("2025-10", "2025-11", "2025-12");
            assertThat(slots(a)).filteredOn(s -> "S3".equals(s.slot().subject()))
                    .extracting(s -> s.slot().periodLabel()).containsExactly("2025-01", "2025-02");
            assertThat(slots(a)).noneMatch(s -> "S4".equals(s.slot().subject()));
        }

        @Test
        void should_fill_a_subject_slot_only_with_that_subjects_document() {
            EvidenceRequirement req = EvidenceRequirement.of("labour-contract").per(SubjectKind.STAFF, SubjectActivity.ACTIVE);
            Assessment a = assess(single(req), AFTER_YEAR,
                    staffProfile("S1", "2020-01-01", null), staffProfile("S2", "2020-01-01", null),
                    doc("labour-contract").staff("S1").dated("2020-01-01").build(),
                    doc("labour-contract").dated("2020-01-01").build());
            assertThat(gapKeys(a)).containsExactly("labour-contract@null#S2");
        }

        @Test
        void should_ask_only_about_cases_closed_in_the_period_when_when_is_closed() {
            EvidenceRequirement req = EvidenceRequirement.of("case-closing").per(SubjectKind.CASE, SubjectActivity.CLOSED)
                    .withDue(java.time.Period.ofDays(30));
            Assessment a = assess(single(req), AFTER_YEAR,
                    caseIntake("C1", "2024-11-01", "2025-03-10"),
                    caseIntake("C2", "2025-02-01", null),
                    caseIntake("C3", "2023-01-01", "2024-06-30"),
                    caseIntake("C4", "2025-01-05", "2025-12-20"),
                    doc("case-closing").caseId("C4").dated("2025-12-28").build());
            assertThat(slots(a)).extracting(s -> s.slot().subject()).containsExactly("C1", "C4");
            assertThat(a.gaps()).singleElement().satisfies(g -> {
                assertThat(g.subject()).isEqualTo("C1");
                assertThat(g.due()).isEqualTo(LocalDate.of(2025, 4, 9));
            });
        }

        @Test
        void should_ask_only_about_cases_opened_in_the_period_when_when_is_opened() {
            EvidenceRequirement req = EvidenceRequirement.of("client-profile").per(SubjectKind.CASE, SubjectActivity.OPENED);
            Assessment a = assess(single(req), AFTER_YEAR,
                    caseIntake("C1", "2024-11-01", null), caseIntake("C2", "2025-02-01", null));
            assertThat(slots(a)).extracting(s -> s.slot().subject()).containsExactly("C2");
            assertThat(slots(a).get(0).slot().due()).isEqualTo(LocalDate.of(2025, 2, 1));
        }

        @Test
        void should_be_not_applicable_and_keep_full_points_when_no_case_closed() {
            EvidenceRequirement req = EvidenceRequirement.of("case-closing").per(SubjectKind.CASE, SubjectActivity.CLOSED);
            Assessment a = assess(single(req), AFTER_YEAR, caseIntake("C1", "2025-02-01", null));
            IndicatorResult leaf = a.indicator("X1").orElseThrow();
            assertThat(leaf.requirements().get(0).notApplicable()).isTrue();
            assertThat(leaf.notApplicable()).isTrue();
            assertThat(leaf.points()).isEqualByComparingTo("10");
            assertThat(a.gaps()).isEmpty();
        }

        @Test
        void should_leave_out_a_not_applicable_requirement_from_the_leaf_mean() {
            Assessment a = assess(single(
                    EvidenceRequirement.of("case-closing").per(SubjectKind.CASE, SubjectActivity.CLOSED),
                    EvidenceRequirement.of("policy")), AFTER_YEAR);
            assertThat(a.indicator("X1").orElseThrow().readiness()).isEqualByComparingTo("0");
        }
    }

    @Nested
    class Counting {
        @Test
        void should_need_min_documents_in_a_slot() {
            EvidenceRequirement req = EvidenceRequirement.of("group-record").withCadence(Cadence.ANNUAL).withMin(2);
            Assessment one = assess(single(req), AFTER_YEAR, doc("group-record").period("2025-03").build());
            Assessment two = assess(single(req), AFTER_YEAR, doc("group-record").period("2025-03").build(),
                    doc("group-record").period("2025-04").build());
            assertThat(one.gaps()).hasSize(1);
            assertThat(two.gaps()).isEmpty();
        }

        @Test
        void should_fill_a_sum_slot_only_when_the_values_add_up() {
            EvidenceRequirement req = EvidenceRequirement.of("training-record").withCadence(Cadence.ANNUAL)
                    .per(SubjectKind.STAFF, SubjectActivity.ACTIVE).withSum(new SumRule("swa:hours", BigDecimal.valueOf(72)));
            Assessment a = assess(single(req), AFTER_YEAR,
                    staffProfile("S1", "2020-01-01", null), staffProfile("S2", "2020-01-01", null),
                    doc("training-record").staff("S1").period("2025-03").with("swa:hours", "40").build(),
                    doc("training-record").staff("S1").period("2025-09").with("swa:hours", "32").build(),
                    doc("training-record").staff("S2").period("2025-03").with("swa:hours", "71.5").build());
            assertThat(gapKeys(a)).containsExactly("training-record@2025#S2");
            assertThat(slots(a)).filteredOn(s -> "S1".equals(s.slot().subject())).singleElement()
                    .satisfies(s -> assertThat(s.sum()).isEqualByComparingTo("72"));
        }
    }

    @Nested
    class Due_dates {
        private final Framework monthly = single(EvidenceRequirement.of("monthly-summary").withCadence(Cadence.MONTHLY)
                .withDue(java.time.Period.ofDays(5)));

        @Test
        void should_list_a_slot_as_upcoming_not_a_gap_when_due_after_the_as_of_date() {
            Assessment a = assess(monthly, LocalDate.of(2025, 4, 4), doc("monthly-summary").period("2025-01").build(),
                    doc("monthly-summary").period("2025-02").build());
            // March is due on 5 April: upcoming on the 4th, not a gap; April..December are upcoming too.
            assertThat(a.gaps()).isEmpty();
            assertThat(a.upcoming()).first().satisfies(g -> {
                assertThat(g.period()).isEqualTo("2025-03");
                assertThat(g.due()).isEqualTo(LocalDate.of(2025, 4, 5));
                assertThat(g.overdueDays()).isEqualTo(-1);
            });
        }

        @Test
        void should_count_a_slot_as_a_gap_on_its_due_date_with_zero_days_overdue() {
            Assessment a = assess(monthly, LocalDate.of(2025, 4, 5), doc("monthly-summary").period("2025-01").build(),
                    doc("monthly-summary").period("2025-02").build());
            assertThat(a.gaps()).singleElement().satisfies(g -> {
                assertThat(g.period()).isEqualTo("2025-03");
                assertThat(g.overdueDays()).isZero();
            });
        }

        @Test
        void should_give_days_overdue_from_the_due_date() {
            Assessment a = assess(monthly, LocalDate.of(2026, 1, 31));
            assertThat(a.gaps()).filteredOn(g -> g.period().equals("2025-07")).singleElement()
                    .satisfies(g -> assertThat(g.overdueDays()).isEqualTo(179));
        }

        @Test
        void should_not_lower_the_score_when_nothing_is_due_yet() {
            Assessment a = assess(monthly, LocalDate.of(2025, 1, 15));
            assertThat(a.score()).isEqualByComparingTo("10");
            assertThat(a.upcoming()).hasSize(12);
        }

        @Test
        void should_count_an_early_document_as_filled_before_its_slot_is_due() {
            Assessment a = assess(monthly, LocalDate.of(2025, 2, 3), doc("monthly-summary").period("2025-01").build());
            assertThat(a.indicator("X1").orElseThrow().readiness()).isEqualByComparingTo("1");
            assertThat(a.upcoming()).hasSize(11);
        }
    }

    @Nested
    class Standing_evidence {
        @Test
        void should_fill_a_once_slot_with_a_document_dated_on_or_before_the_period_end_or_undated() {
            Framework fw = single(EvidenceRequirement.of("policy"));
            assertThat(assess(fw, AFTER_YEAR, doc("policy").dated("2018-05-01").build()).gaps()).isEmpty();
            assertThat(assess(fw, AFTER_YEAR, doc("policy").dated("2025-12-31").build()).gaps()).isEmpty();
            assertThat(assess(fw, AFTER_YEAR, doc("policy").build()).gaps()).isEmpty();
            assertThat(assess(fw, AFTER_YEAR, doc("policy").dated("2026-01-01").build()).gaps()).hasSize(1);
        }

        @Test
        void should_accept_only_recent_documents_when_valid_for_is_set() {
            Framework fw = single(EvidenceRequirement.of("policy").withValidFor(java.time.Period.ofYears(1)));
            assertThat(assess(fw, AFTER_YEAR, doc("policy").dated("2025-01-01").build()).gaps()).isEmpty();
            assertThat(assess(fw, AFTER_YEAR, doc("policy").dated("2024-12-31").build()).gaps()).hasSize(1);
            assertThat(assess(fw, AFTER_YEAR, doc("policy").build()).gaps()).as("undated cannot prove recency").hasSize(1);
        }

        @Test
        void should_report_a_standing_gap_with_no_period() {
            Assessment a = assess(single(EvidenceRequirement.of("policy")), AFTER_YEAR);
            assertThat(a.gaps()).singleElement().satisfies(g -> {
                assertThat(g.period()).isNull();
                assertThat(g.subject()).isNull();
                assertThat(g.due()).isEqualTo(LocalDate.of(2025, 1, 1));
            });
        }

        @Test
        void should_owe_a_new_staff_members_contract_from_the_hiring_date() {
            EvidenceRequirement req = EvidenceRequirement.of("labour-contract").per(SubjectKind.STAFF, SubjectActivity.ACTIVE)
                    .withDue(java.time.Period.ofMonths(1));
            Assessment a = assess(single(req), AFTER_YEAR, staffProfile("S9", "2025-04-10", null));
            assertThat(a.gaps()).singleElement().satisfies(g -> assertThat(g.due()).isEqualTo(LocalDate.of(2025, 5, 10)));
        }
    }

    @Nested
    class Roll_up_and_grades {
        private Framework tree() {
            Indicator a1 = Indicator.leaf("A1", LocalizedText.of("甲一", "A1"), BigDecimal.valueOf(6),
                    List.of(EvidenceRequirement.of("monthly-summary").withCadence(Cadence.QUARTERLY)));
            Indicator a2 = Indicator.leaf("A2", LocalizedText.of("甲二", "A2"), BigDecimal.valueOf(4),
                    List.of(EvidenceRequirement.of("policy"), EvidenceRequirement.of("service-contract")));
            Indicator b1 = Indicator.leaf("B1", LocalizedText.of("乙一", "B1"), BigDecimal.valueOf(90),
                    List.of(EvidenceRequirement.of("annual-plan")));
            return new Framework("t", LocalizedText.of("树", "Tree"), BigDecimal.valueOf(100), grades(), List.of(
                    Indicator.branch("A", LocalizedText.of("甲", "A"), BigDecimal.TEN, List.of(a1, a2)),
                    Indicator.branch("B", LocalizedText.of("乙", "B"), BigDecimal.valueOf(90), List.of(b1))));
        }

        @Test
        void should_add_leaf_points_up_the_tree() {
            Assessment a = assess(tree(), AFTER_YEAR,
                    doc("monthly-summary").period("2025-01").build(),   // Q1 of 4 quarters: 6 × 1/4 = 1.5
                    doc("policy").build(),                              // 1 of 2 requirements: 4 × 1/2 = 2
                    doc("annual-plan").build());                        // 90
            assertThat(a.indicator("A1").orElseThrow().points()).isEqualByComparingTo("1.5");
            assertThat(a.indicator("A2").orElseThrow().points()).isEqualByComparingTo("2");
            assertThat(a.indicator("A").orElseThrow().points()).isEqualByComparingTo("3.5");
            assertThat(a.indicator("A").orElseThrow().readiness()).isEqualByComparingTo("0.35");
            assertThat(a.score()).isEqualByComparingTo("93.50");
            assertThat(a.grade().orElseThrow().label().zh()).isEqualTo("优秀");
        }

        @Test
        void should_grade_at_the_band_boundaries() {
            Framework fw = tree();
            assertThat(fw.gradeFor(new BigDecimal("90.00")).orElseThrow().label().en()).isEqualTo("Excellent");
            assertThat(fw.gradeFor(new BigDecimal("89.99")).orElseThrow().label().en()).isEqualTo("Good");
            assertThat(fw.gradeFor(new BigDecimal("80")).orElseThrow().label().en()).isEqualTo("Good");
            assertThat(fw.gradeFor(new BigDecimal("60")).orElseThrow().label().en()).isEqualTo("Pass");
            assertThat(fw.gradeFor(new BigDecimal("59.99")).orElseThrow().label().en()).isEqualTo("Fail");
            assertThat(fw.gradeFor(BigDecimal.ZERO).orElseThrow().label().en()).isEqualTo("Fail");
        }

        @Test
        void should_round_the_score_to_two_decimals() {
            Indicator third = Indicator.leaf("T", LocalizedText.of("三", "T"), BigDecimal.TEN,
                    List.of(EvidenceRequirement.of("policy"), EvidenceRequirement.of("service-contract"),
                            EvidenceRequirement.of("honor")));
            Framework fw = new Framework("t", LocalizedText.of("三", "T"), BigDecimal.TEN, grades(), List.of(third));
            Assessment a = assess(fw, AFTER_YEAR, doc("policy").build());
            assertThat(a.score()).isEqualTo(new BigDecimal("3.33"));
        }

        @Test
        void should_give_no_grade_when_no_band_is_reached() {
            Framework fw = new Framework("t", LocalizedText.of("无", "None"), BigDecimal.TEN,
                    List.of(new Grade(BigDecimal.valueOf(5), LocalizedText.of("及格", "Pass"))), List.of(
                    Indicator.leaf("X1", LocalizedText.of("一", "One"), BigDecimal.TEN, List.of(EvidenceRequirement.of("policy")))));
            assertThat(assess(fw, AFTER_YEAR).grade()).isEqualTo(Optional.empty());
        }
    }

    @Test
    void should_link_records_to_an_indicator_by_swa_indicators() {
        Assessment a = assess(single(EvidenceRequirement.of("policy")), AFTER_YEAR,
                doc("publicity").with("swa:indicators", "X1, Y2").build());
        assertThat(a.indicator("X1").orElseThrow().linkedEvidence()).hasSize(1);
    }

    @Test
    void should_place_every_record_in_its_own_case_slot_when_the_index_is_large() {
        List<ArchiveRecord> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add(doc("case-record").caseId("C" + i).period("2025-0" + (1 + i % 9)).build());
            many.add(caseIntake("C" + i, "2025-01-01", null));
        }
        EvidenceRequirement req = EvidenceRequirement.of("case-record").withCadence(Cadence.QUARTERLY)
                .per(SubjectKind.CASE, SubjectActivity.ACTIVE);
        Assessment a = engine.assess(single(req), EvidenceIndex.of(many), Y2025, AFTER_YEAR);
        // Each case is active all year (4 quarterly slots) and has one record in Q1, Q2 or Q3.
        assertThat(slots(a)).hasSize(80_000);
        assertThat(slots(a)).filteredOn(s -> s.status() == SlotOutcome.Status.FILLED).hasSize(20_000);
        assertThat(a.gaps()).hasSize(60_000);
        assertThat(a.gaps()).filteredOn(g -> g.subject().equals("C4") ).extracting(Gap::period)
                .containsExactly("2025-Q1", "2025-Q3", "2025-Q4");
    }
}
