package org.swarchive.evidence.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.swarchive.access.InspectionWindow;
import org.swarchive.archive.LocalizedText;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.Grade;
import org.swarchive.evidence.IndicatorResult;

/**
 * The score sheet of a window: the framework's whole tree, every level, with each indicator's
 * weight, the readiness check's points ({@code computedPoints}) and the points awarded. A leaf's
 * awarded points are the standing entry's; where the evaluator gave none, or nobody scored the
 * leaf, the computed points stand and the row says so ({@link Row#pointsGiven}). A branch's
 * awarded points are its children's sum: the subtotal of its level. The total is the top level's
 * sum and the grade is the framework's band for it. A pure function of the check and the worksheet.
 */
public record ScoreSheet(String station, Framework framework, InspectionWindow window, List<Row> rows, BigDecimal computedTotal,
                         BigDecimal total, Optional<Grade> grade, List<String> evaluators, Map<String, Instant> submitted,
                         boolean complete) {

    public ScoreSheet {
        rows = List.copyOf(rows);
        evaluators = List.copyOf(evaluators);
        submitted = Map.copyOf(submitted);
    }

    /**
     * One indicator of the tree.
     *
     * @param level       1 for the first level (A), 2 for the second (A1), and so on
     * @param pointsGiven whether the awarded points are an evaluator's (false: the computed points stand)
     * @param verdict     the standing verdict of a leaf (none on a branch, or a leaf nobody scored)
     */
    public record Row(String code, int level, LocalizedText title, boolean leaf, BigDecimal weight, BigDecimal computedPoints,
                      BigDecimal awardedPoints, boolean pointsGiven, Optional<Verdict> verdict, String comment, String by,
                      Optional<Instant> at) {
        public Row {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(at, "at");
            comment = comment == null ? "" : comment;
            by = by == null ? "" : by;
        }
    }

    public static ScoreSheet of(String station, Assessment assessment, InspectionWindow window, Worksheet sheet) {
        List<Row> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal computed = BigDecimal.ZERO;
        for (IndicatorResult top : assessment.indicators()) {
            total = total.add(add(top, 1, sheet, rows));
            computed = computed.add(top.points());
        }
        BigDecimal awarded = points(total);
        return new ScoreSheet(station, assessment.framework(), window, rows, points(assessment.score()), awarded,
                assessment.framework().gradeFor(awarded), sheet.names(), sheet.submitted(), sheet.complete());
    }

    /** Adds the indicator's row and those below it, depth first; returns its awarded points. */
    private static BigDecimal add(IndicatorResult r, int level, Worksheet sheet, List<Row> rows) {
        int at = rows.size();
        rows.add(null);
        if (r.indicator().isLeaf()) {
            Optional<EvaluatorEntry> e = sheet.standing(r.code());
            // Unrounded where the computed points stand, so a sheet nobody scored totals exactly the check's score.
            BigDecimal awarded = e.flatMap(EvaluatorEntry::points).orElse(r.points());
            rows.set(at, new Row(r.code(), level, r.indicator().title(), true, r.indicator().weight(), points(r.points()), points(awarded),
                    e.flatMap(EvaluatorEntry::points).isPresent(), e.map(EvaluatorEntry::verdict),
                    e.map(EvaluatorEntry::comment).orElse(""), e.map(EvaluatorEntry::author).orElse(""), e.map(EvaluatorEntry::at)));
            return awarded;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean given = false;
        for (IndicatorResult child : r.children()) {
            int before = rows.size();
            sum = sum.add(add(child, level + 1, sheet, rows));
            given |= rows.get(before).pointsGiven();
        }
        rows.set(at, new Row(r.code(), level, r.indicator().title(), false, r.indicator().weight(), points(r.points()), points(sum),
                given, Optional.empty(), "", "", Optional.empty()));
        return sum;
    }

    /** The rows of one level: the subtotals of that level. */
    public List<Row> level(int level) {
        return rows.stream().filter(r -> r.level() == level).toList();
    }

    /** Leaves nobody gave points for: there the computed points stand. */
    public long leavesWithoutPoints() {
        return rows.stream().filter(r -> r.leaf() && !r.pointsGiven()).count();
    }

    private static BigDecimal points(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
