package org.swarchive.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.swarchive.access.InspectionWindow;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.assessment.ScoreSheet;
import org.swarchive.i18n.Language;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.inspect.WorksheetStore;
import org.swarchive.store.Station;

/**
 * The evaluations a station page shows once submitted: per inspection whose score sheet is filed,
 * its total and grade as filed, the 档号, and each leaf an evaluator scored — verdict, points,
 * comment and who.
 */
record EvaluationView(String window, LocalDate from, LocalDate until, String total, String grade, String archiveCode,
                      List<Line> lines) {

    /** One scored leaf. */
    record Line(String code, String title, String verdict, String points, String comment, String by) {
    }

    static List<EvaluationView> of(Station station, Assessment a, ZoneId zone, Language lang) {
        WorksheetStore sheets = new WorksheetStore(station.state());
        List<EvaluationView> out = new ArrayList<>();
        for (InspectionWindow w : new InspectionWindowStore(station.state()).all()) {
            sheets.filed(w.id()).ifPresent(f -> {
                ScoreSheet s = ScoreSheet.of(station.id(), a, w, sheets.load(w.id()));
                List<Line> lines = s.rows().stream().filter(r -> r.leaf() && r.verdict().isPresent())
                        .map(r -> new Line(r.code(), r.title().in(lang), r.verdict().get().in(lang),
                                r.pointsGiven() ? r.awardedPoints().toPlainString() + " / " + r.weight().stripTrailingZeros().toPlainString() : "",
                                r.comment(), r.by())).toList();
                out.add(new EvaluationView(w.id(), w.firstDay(zone), w.endDay(zone), f.total().toPlainString(),
                        a.framework().gradeFor(f.total()).map(g -> g.label().in(lang)).orElse("—"), f.archiveCode(), lines));
            });
        }
        return out;
    }
}
