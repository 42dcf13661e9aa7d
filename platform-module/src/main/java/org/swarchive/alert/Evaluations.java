package org.swarchive.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.swarchive.access.InspectionWindow;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.IndicatorResult;
import org.swarchive.evidence.assessment.EvaluatorEntry;
import org.swarchive.evidence.assessment.Verdict;
import org.swarchive.evidence.assessment.Worksheet;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.inspect.WorksheetStore;
import org.swarchive.store.Station;

/** The inspections whose score sheet was filed since a moment, as the station head's digest tells them. */
final class Evaluations {

    /** A digest is a summary: the remarks of one inspection beyond these are on the station page. */
    static final int REMARKS = 10;

    private Evaluations() {
    }

    static List<Digest.Evaluation> filedSince(Station station, Assessment a, Instant since) {
        WorksheetStore sheets = new WorksheetStore(station.state());
        List<Digest.Evaluation> out = new ArrayList<>();
        for (InspectionWindow w : new InspectionWindowStore(station.state()).all()) {
            sheets.filed(w.id()).filter(f -> since == null || !f.at().isBefore(since)).ifPresent(f -> {
                Worksheet sheet = sheets.load(w.id());
                List<Digest.Remark> remarks = a.allIndicators().filter(r -> r.indicator().isLeaf())
                        .flatMap(r -> sheet.standing(r.code()).filter(Evaluations::remarkable).map(e -> remark(r, e)).stream())
                        .limit(REMARKS).toList();
                Text grade = a.framework().gradeFor(f.total()).<Text>map(g -> g.label()).orElse(Message.of("digest.no-grade"));
                out.add(new Digest.Evaluation(w.id(), f.total(), grade, f.archiveCode(), remarks));
            });
        }
        return out;
    }

    private static boolean remarkable(EvaluatorEntry e) {
        return e.verdict() == Verdict.PARTLY || e.verdict() == Verdict.NOT_MET || !e.comment().isEmpty();
    }

    private static Digest.Remark remark(IndicatorResult r, EvaluatorEntry e) {
        return new Digest.Remark(r.code(), r.indicator().title(), e.verdict(), e.comment(), e.author());
    }
}
