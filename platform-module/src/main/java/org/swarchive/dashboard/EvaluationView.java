package org.swarchive.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.math.BigDecimal;
import org.swarchive.access.InspectionWindow;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.assessment.ScoreSheet;
import org.swarchive.evidence.assessment.Worksheet;
import org.swarchive.i18n.Language;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.inspect.WorksheetStore;
import org.swarchive.store.Station;

/**
 * The evaluations a station page shows once submitted: per inspection window where at least one
 * evaluator has submitted, each leaf a submitted evaluator scored — verdict, points, comment and
 * who — and the total and grade: as filed, with the 档号, once the score sheet is a record; worked
 * out from the submitted entries until then (the web's submission does not file the sheet; {@code swa
 * inspect submit} does), with who is still to submit. Entries not yet submitted are drafts: never shown.
 */
record EvaluationView(String window, LocalDate from, LocalDate until, String total, String grade, String archiveCode,
                      boolean filed, List<String> waiting, List<Line> lines) {

    /** One scored leaf. */
    record Line(String code, String title, String verdict, String points, String comment, String by) {
    }

    static List<EvaluationView> of(Station station, Assessment a, ZoneId zone, Language lang) {
        WorksheetStore sheets = new WorksheetStore(station.state());
        List<EvaluationView> out = new ArrayList<>();
        for (InspectionWindow w : new InspectionWindowStore(station.state()).all()) {
            Worksheet all = sheets.load(w.id());
            if (all.submitted().isEmpty()) {
                continue;
            }
            Worksheet submitted = new Worksheet(all.window(), all.entries().stream().filter(e -> all.hasSubmitted(e.author())).toList(),
                    all.submitted(), all.evaluators());
            ScoreSheet s = ScoreSheet.of(station.id(), a, w, submitted);
            List<Line> lines = s.rows().stream().filter(r -> r.leaf() && r.verdict().isPresent())
                    .map(r -> new Line(r.code(), r.title().in(lang), r.verdict().get().in(lang),
                            // No points given: the readiness-based points stand, and the page says so as the sheet does.
                            r.pointsGiven() ? r.awardedPoints().toPlainString() + " / " + r.weight().stripTrailingZeros().toPlainString()
                                    : org.swarchive.i18n.Message.of("dashboard.evaluation.from-readiness", r.awardedPoints().toPlainString() + " / "
                                    + r.weight().stripTrailingZeros().toPlainString()).in(lang),
                            r.comment(), r.by())).toList();
            List<String> waiting = all.names().stream().filter(n -> !all.hasSubmitted(n)).toList();
            Optional<WorksheetStore.Filed> filed = sheets.filed(w.id());
            BigDecimal total = filed.map(WorksheetStore.Filed::total).orElse(s.total());
            out.add(new EvaluationView(w.id(), w.firstDay(zone), w.endDay(zone), total.toPlainString(),
                    a.framework().gradeFor(total).map(g -> g.label().in(lang)).orElse("—"),
                    filed.map(WorksheetStore.Filed::archiveCode).orElse(""), filed.isPresent(), waiting, lines));
        }
        return out;
    }
}
