package org.swarchive.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.security.core.Authentication;
import org.swarchive.access.AccessPolicy;
import org.swarchive.i18n.Language;
import org.swarchive.report.JsonReport;

/**
 * The JSON behind the dashboard, also read by the Share dashlet: the station list, and a
 * station's readiness in exactly the shape of {@code swa check --format json}.
 */
@RestController
@RequestMapping("/api/v1/stations")
class ReadinessApiController {

    private final ReadinessBoard board;
    private final JsonReport json;
    private final AccessPolicy policy;

    ReadinessApiController(Dashboard dashboard, AccessPolicy policy) {
        this.board = dashboard.board();
        this.json = new JsonReport(board.catalogue());
        this.policy = policy;
    }

    /**
     * The signed-in person, as the pages know them. Evaluators read the inspection view, not the
     * API: a station's readiness names every gap and document path.
     */
    private Viewer viewer(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof SignedIn signedIn) || signedIn.person().isEvaluator()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return new Viewer(signedIn.person(), policy, board.catalogue(), board.now());
    }

    @GetMapping
    Map<String, Object> stations(@RequestParam(name = "lang", required = false) String tag, Authentication auth) {
        Viewer viewer = viewer(auth);
        Language lang = PageLanguage.of(tag);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("framework", board.framework().id());
        body.put("period", board.period().label());
        body.put("language", lang.tag());
        body.put("stations", board.stations().stream().filter(viewer::maySee).map(s -> StationSummary.of(board.current(s), lang)).toList());
        return body;
    }

    @GetMapping("/{station}/readiness")
    Map<String, Object> readiness(@PathVariable String station, @RequestParam(name = "lang", required = false) String tag,
                                  Authentication auth) {
        Viewer viewer = viewer(auth);
        var s = board.station(station).filter(viewer::maySee).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no such station: " + station));
        return json.toMap(board.current(s).result(), PageLanguage.of(tag));
    }
}
