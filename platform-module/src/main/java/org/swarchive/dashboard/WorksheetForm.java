package org.swarchive.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.swarchive.access.AccessPolicy;
import org.swarchive.access.InspectionWindow;
import org.swarchive.access.Reader;
import org.swarchive.access.Role;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.IndicatorResult;
import org.swarchive.evidence.assessment.EvaluatorEntry;
import org.swarchive.evidence.assessment.Verdict;
import org.swarchive.evidence.assessment.Worksheet;
import org.swarchive.i18n.Language;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.inspect.WorksheetStore;
import org.swarchive.store.Station;

/**
 * The scoring form beside a leaf indicator's evidence, for a signed-in evaluator of an open
 * window: their own entry so far (or the readiness-based proposal), and where each change is
 * saved. Read-only once they have submitted.
 */
record WorksheetForm(String window, String indicator, List<Option> verdicts, String points, String proposed, String weight,
                     String comment, boolean submitted, String saveUrl, String submitUrl) {

    /** A verdict the select offers, and whether it is the evaluator's. */
    record Option(String id, String label, boolean selected) {
    }

    static Optional<WorksheetForm> of(Station station, Viewer viewer, Principal principal, HttpServletRequest request, Assessment a,
                                      String code, Instant now, Links links, Language lang) {
        if (principal == null || !viewer.isEvaluator() || !request.isUserInRole(Role.EVALUATOR.name())) {
            return Optional.empty();
        }
        Optional<IndicatorResult> leaf = a.indicator(code).filter(r -> r.indicator().isLeaf());
        Reader reader = new Reader(principal.getName(), Role.EVALUATOR, station.id(), viewer.evaluator());
        Optional<InspectionWindow> window = new InspectionWindowStore(station.state()).all().stream()
                .filter(w -> AccessPolicy.mayScore(reader, w, now).allowed()).findFirst();
        if (leaf.isEmpty() || window.isEmpty()) {
            return Optional.empty();
        }
        Worksheet sheet = new WorksheetStore(station.state()).load(window.get().id());
        Optional<EvaluatorEntry> mine = sheet.entryOf(principal.getName(), code);
        String base = links.station(station.id()).replaceFirst("\\?.*$", "");
        List<Option> options = java.util.Arrays.stream(Verdict.values())
                .map(v -> new Option(v.id(), v.in(lang), mine.map(e -> e.verdict() == v).orElse(false))).toList();
        return Optional.of(new WorksheetForm(window.get().id(), code, options,
                mine.flatMap(EvaluatorEntry::points).map(BigDecimal::toPlainString).orElse(""),
                leaf.get().points().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                leaf.get().indicator().weight().stripTrailingZeros().toPlainString(), mine.map(EvaluatorEntry::comment).orElse(""),
                sheet.hasSubmitted(principal.getName()), base + "/indicators/" + Links.segment(code) + "/verdict", base + "/submit"));
    }
}
