package org.swarchive.evidence.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swarchive.access.InspectionWindow;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.Period;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.Grade;
import org.swarchive.evidence.Indicator;
import org.swarchive.evidence.IndicatorResult;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;

class ScoreSheetTest {

    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final InspectionWindow WINDOW = new InspectionWindow("w1", "JN01", "assessors", FROM,
            Instant.parse("2026-03-15T00:00:00Z"), Optional.empty(), "head");

    private static Indicator leaf(String code, int weight) {
        return Indicator.leaf(code, LocalizedText.of(code, code), BigDecimal.valueOf(weight), List.of());
    }

    private static final Indicator X11 = leaf("X1.1", 6);
    private static final Indicator X12 = leaf("X1.2", 4);
    private static final Indicator X1 = Indicator.branch("X1", LocalizedText.of("X1", "X1"), BigDecimal.TEN, List.of(X11, X12));
    private static final Indicator X = Indicator.branch("X", LocalizedText.of("X", "X"), BigDecimal.TEN, List.of(X1));
    private static final Indicator Y1 = leaf("Y1", 10);
    private static final Indicator Y = Indicator.branch("Y", LocalizedText.of("Y", "Y"), BigDecimal.TEN, List.of(Y1));
    private static final Framework FW = new Framework("t", LocalizedText.of("测试", "Test"), BigDecimal.valueOf(20), List.of(
            new Grade(BigDecimal.valueOf(18), LocalizedText.of("优秀", "Excellent")), new Grade(BigDecimal.valueOf(12), LocalizedText.of("合格", "Pass")),
            new Grade(BigDecimal.ZERO, LocalizedText.of("不合格", "Fail"))), List.of(X, Y));

    private static IndicatorResult result(Indicator i, String points, IndicatorResult... children) {
        BigDecimal p = new BigDecimal(points);
        return new IndicatorResult(i, p, p.divide(i.weight()), false, List.of(children), List.of(), List.of());
    }

    /** Readiness: X1.1 6/6, X1.2 2/4, Y1 9/10 → 17 of 20. */
    private static final Assessment CHECK = new Assessment(FW, Period.year(2025), LocalDate.of(2026, 3, 1), new BigDecimal("17"),
            FW.gradeFor(new BigDecimal("17")), List.of(result(X, "8", result(X1, "8", result(X11, "6"), result(X12, "2"))),
            result(Y, "9", result(Y1, "9"))), List.of(), List.of());

    private static EvaluatorEntry entry(String code, Verdict v, String points, String who, int minute) {
        return new EvaluatorEntry(code, v, Optional.ofNullable(points).map(BigDecimal::new), "", who, FROM.plusSeconds(60L * minute + 3600));
    }

    @Test
    void should_total_awarded_points_by_level_and_grade_the_total_when_two_evaluators_scored() {
        Worksheet w = Worksheet.empty("w1");
        for (EvaluatorEntry e : List.of(entry("X1.1", Verdict.PARTLY, "3", "甲", 1), entry("X1.2", Verdict.MET, "4", "乙", 2),
                entry("Y1", Verdict.NOT_MET, null, "乙", 3), entry("X1.1", Verdict.MET, "5", "乙", 4))) {
            w = w.with(w.check(e, WINDOW, FW));
        }
        ScoreSheet s = ScoreSheet.of("JN01", CHECK, WINDOW, w);
        // X1.1: 乙's later 5; X1.2: 4; Y1: no points, 9 stands. X1 = X = 9, Y = 9, total 18 → 优秀 (computed 17: 合格).
        assertThat(s.rows()).extracting(ScoreSheet.Row::code).containsExactly("X", "X1", "X1.1", "X1.2", "Y", "Y1");
        assertThat(s.rows()).extracting(ScoreSheet.Row::level).containsExactly(1, 2, 3, 3, 1, 2);
        assertThat(s.level(1)).extracting(r -> r.awardedPoints().toPlainString()).containsExactly("9.00", "9.00");
        assertThat(s.total()).isEqualByComparingTo("18");
        assertThat(s.computedTotal()).isEqualByComparingTo("17");
        assertThat(s.grade().orElseThrow().label().in(Language.ZH)).isEqualTo("优秀");
        assertThat(s.rows().get(2).by()).isEqualTo("乙");
        assertThat(s.rows().get(5).pointsGiven()).isFalse();
        assertThat(s.rows().get(5).verdict()).contains(Verdict.NOT_MET);
        assertThat(s.leavesWithoutPoints()).isEqualTo(1);
        assertThat(s.evaluators()).containsExactly("甲", "乙");
        assertThat(s.complete()).isFalse();
        assertThat(w.submittedBy("甲", FROM.plusSeconds(7200)).submittedBy("乙", FROM.plusSeconds(7300)).complete()).isTrue();
    }

    @Test
    void should_refuse_an_entry_on_a_branch_beyond_the_weight_outside_the_window_or_after_submission() {
        Worksheet w = Worksheet.empty("w1");
        assertThatThrownBy(() -> w.check(entry("X1", Verdict.MET, "1", "甲", 1), WINDOW, FW)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("末级");
        assertThatThrownBy(() -> w.check(entry("X1.2", Verdict.MET, "4.01", "甲", 1), WINDOW, FW)).hasMessageContaining("0…4");
        assertThatThrownBy(() -> w.check(new EvaluatorEntry("Y1", Verdict.MET, Optional.empty(), "", "甲", Instant.parse("2026-04-01T00:00:00Z")),
                WINDOW, FW)).hasMessageContaining("未开放");
        Worksheet done = w.submittedBy("甲", FROM.plusSeconds(60));
        assertThatThrownBy(() -> done.check(entry("Y1", Verdict.MET, "1", "甲", 2), WINDOW, FW)).hasMessageContaining("已于");
        Worksheet named = new Worksheet("w1", List.of(), java.util.Map.of(), List.of("甲"));
        assertThatThrownBy(() -> named.check(entry("Y1", Verdict.MET, "1", "丙", 2), WINDOW, FW)).hasMessageContaining("不是评估窗口");
        assertThat(Verdict.parse("not-met")).isEqualTo(Verdict.NOT_MET);
        assertThat(Verdict.NOT_MET.in(Language.ZH)).isEqualTo("未达标");
        assertThatThrownBy(() -> Verdict.parse("ok")).isInstanceOf(InvalidInput.class);
    }
}
