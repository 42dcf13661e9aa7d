package org.swarchive.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.swarchive.access.AccessPolicy;
import org.swarchive.access.InspectionWindow;
import org.swarchive.access.Reader;
import org.swarchive.access.Role;
import org.swarchive.evidence.assessment.EvaluatorEntry;
import org.swarchive.evidence.assessment.Verdict;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.inspect.WorksheetStore;
import org.swarchive.store.Station;

/**
 * The evaluator's worksheet on the web: each change of a leaf indicator's verdict, points or
 * comment is one small POST (the page saves as the evaluator goes), and the submission. The same
 * domain and store as {@code swa inspect verdict}/{@code submit}: the rules are the worksheet's,
 * who may score is {@link AccessPolicy#mayScore}. The signed-in person is the request's principal;
 * nobody signed in gets 401, someone signed in who is not an evaluator of an open window 403.
 */
@RestController
class WorksheetController {

    private final Dashboard dashboard;

    WorksheetController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @PostMapping("/inspect/{evaluator}/stations/{station}/indicators/{code}/verdict")
    ResponseEntity<Map<String, Object>> verdict(@PathVariable String evaluator, @PathVariable String station, @PathVariable String code,
                                                @RequestParam("verdict") String verdict,
                                                @RequestParam(name = "points", required = false) String points,
                                                @RequestParam(name = "comment", required = false) String comment,
                                                @RequestParam(name = "lang", required = false) String tag,
                                                Principal principal, HttpServletRequest request) {
        Language lang = PageLanguage.of(tag);
        Allowed a = allowed(evaluator, station, principal, request);
        if (a.refusal != null) {
            return a.refusal;
        }
        try {
            Optional<BigDecimal> given = EvaluatorEntry.points(points);
            EvaluatorEntry kept = new WorksheetStore(a.station.state()).record(a.window.id(), new EvaluatorEntry(code, Verdict.parse(verdict),
                    given, comment, principal.getName(), dashboard.board().now()), dashboard.board().framework());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("saved", true);
            body.put("indicator", kept.indicator());
            body.put("verdict", kept.verdict().id());
            body.put("points", kept.points().map(BigDecimal::toPlainString).orElse(null));
            body.put("by", kept.author());
            body.put("at", kept.at().toString());
            return ResponseEntity.ok(body);
        } catch (InvalidInput e) {
            return ResponseEntity.badRequest().body(Map.of("saved", false, "message", e.in(lang)));
        }
    }

    @PostMapping("/inspect/{evaluator}/stations/{station}/submit")
    ResponseEntity<Map<String, Object>> submit(@PathVariable String evaluator, @PathVariable String station,
                                               @RequestParam(name = "lang", required = false) String tag,
                                               Principal principal, HttpServletRequest request) {
        Language lang = PageLanguage.of(tag);
        Allowed a = allowed(evaluator, station, principal, request);
        if (a.refusal != null) {
            return a.refusal;
        }
        try {
            var after = new WorksheetStore(a.station.state()).submit(a.window.id(), principal.getName(), dashboard.board().now());
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("submitted", true);
            body.put("complete", after.complete());
            if (after.complete()) {
                // The last evaluator's submission files the sheet, as swa inspect submit does; the submission stands even if the store is away.
                try {
                    dashboard.sheets().file(a.station, a.window.id(), lang).ifPresent(f -> {
                        body.put("filed", f.record());
                        body.put("archiveCode", f.archiveCode());
                    });
                } catch (org.swarchive.store.StoreException e) {
                    body.put("filed", null);
                    body.put("message", e.reason().in(lang));
                }
            }
            return ResponseEntity.ok(body);
        } catch (InvalidInput e) {
            return ResponseEntity.badRequest().body(Map.of("submitted", false, "message", e.in(lang)));
        }
    }

    /** The station and window this person may score, or the refusal to answer with. */
    private record Allowed(Station station, InspectionWindow window, ResponseEntity<Map<String, Object>> refusal) {
    }

    private Allowed allowed(String group, String stationId, Principal principal, HttpServletRequest request) {
        if (principal == null) {
            return new Allowed(null, null, ResponseEntity.status(HttpStatus.UNAUTHORIZED).build());
        }
        ResponseEntity<Map<String, Object>> forbidden = ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        Optional<Station> station = dashboard.board().station(stationId);
        if (station.isEmpty()) {
            return new Allowed(null, null, forbidden);
        }
        // Role and group are the signed-in account's: the group in the address grants nothing.
        if (!(principal instanceof org.springframework.security.core.Authentication auth)
                || !(auth.getPrincipal() instanceof SignedIn signedIn)
                || signedIn.person().role() != org.swarchive.access.AccountRole.EVALUATOR
                || !group.equals(signedIn.person().group())) {
            return new Allowed(null, null, forbidden);
        }
        Reader reader = new Reader(principal.getName(), Role.EVALUATOR, station.get().id(), signedIn.person().group());
        Optional<InspectionWindow> window = new InspectionWindowStore(station.get().state()).all().stream()
                .filter(w -> AccessPolicy.mayScore(reader, w, dashboard.board().now()).allowed()).findFirst();
        if (window.isEmpty()) {
            return new Allowed(null, null, forbidden);
        }
        return new Allowed(station.get(), window.get(), null);
    }
}
