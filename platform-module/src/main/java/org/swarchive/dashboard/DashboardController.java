package org.swarchive.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.store.EvidenceFiles.EvidenceFile;
import org.swarchive.store.Station;

/**
 * The dashboard's pages, drawn on the server: the station list, a station's indicator tree, an
 * indicator with its evidence files and gaps, and the files themselves. The same pages under
 * {@code /inspect/EVALUATOR} are an evaluator's read-only view.
 */
@Controller
class DashboardController {

    private static final int LIST_LIMIT = 50;

    private final Dashboard dashboard;
    private final DashboardViews views;

    DashboardController(Dashboard dashboard, DashboardViews views) {
        this.dashboard = dashboard;
        this.views = views;
    }

    @GetMapping("/")
    String stations(@RequestParam(name = "lang", required = false) String tag, HttpServletRequest request, Model model) {
        Language lang = page(model, request, tag, Viewer.STAFF);
        ReadinessBoard board = dashboard.board();
        model.addAttribute("stations", board.stations().stream().map(s -> StationSummary.of(board.current(s), lang)).toList());
        return "stations";
    }

    @GetMapping("/inspect/{evaluator}")
    String inspect(@PathVariable String evaluator, @RequestParam(name = "lang", required = false) String tag,
                   HttpServletRequest request, Model model) {
        Viewer viewer = new Viewer(evaluator);
        page(model, request, tag, viewer);
        ReadinessBoard board = dashboard.board();
        model.addAttribute("windows", openTo(evaluator));
        model.addAttribute("evaluator", evaluator);
        return "inspect";
    }

    @GetMapping({"/stations/{station}", "/inspect/{evaluator}/stations/{station}"})
    String station(@PathVariable String station, @PathVariable(required = false) String evaluator,
                   @RequestParam(name = "lang", required = false) String tag, HttpServletRequest request, Model model) {
        Viewer viewer = new Viewer(evaluator);
        Language lang = page(model, request, tag, viewer);
        Station s = visible(station, viewer);
        ReadinessBoard.Snapshot snapshot = dashboard.board().current(s);
        var a = snapshot.result().assessment();
        model.addAttribute("summary", StationSummary.of(snapshot, lang));
        model.addAttribute("result", snapshot.result());
        model.addAttribute("rows", views.tree(a, lang));
        model.addAttribute("gaps", a.gaps());
        model.addAttribute("upcoming", a.upcoming().stream().limit(LIST_LIMIT).toList());
        model.addAttribute("upcomingMore", Math.max(0, a.upcoming().size() - LIST_LIMIT));
        model.addAttribute("disposal", dashboard.disposal().dueOn(s, dashboard.board().today()));
        model.addAttribute("disposalAvailable", dashboard.disposal().available());
        model.addAttribute("unclassified", snapshot.result().unclassified().stream().limit(LIST_LIMIT).toList());
        model.addAttribute("views", views);
        model.addAttribute("evaluations", EvaluationView.of(s, a, dashboard.board().zone(), lang));
        return "station";
    }

    @GetMapping({"/stations/{station}/indicators/{code}", "/inspect/{evaluator}/stations/{station}/indicators/{code}"})
    String indicator(@PathVariable String station, @PathVariable String code, @PathVariable(required = false) String evaluator,
                     @RequestParam(name = "lang", required = false) String tag,
                     @RequestParam(name = "page", required = false) String slotPage, java.security.Principal principal,
                     HttpServletRequest request, Model model) {
        Viewer viewer = new Viewer(evaluator);
        Language lang = page(model, request, tag, viewer);
        Links links = new Links(viewer, lang);
        Station s = visible(station, viewer);
        ReadinessBoard.Snapshot snapshot = dashboard.board().current(s);
        IndicatorView view = views.indicator(snapshot.result().assessment(), code, lang, viewer, s.files(), pageNumber(slotPage))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("summary", StationSummary.of(snapshot, lang));
        model.addAttribute("indicator", view);
        model.addAttribute("worksheet", WorksheetForm.of(s, viewer, principal, request, snapshot.result().assessment(), code,
                dashboard.board().now(), links, lang).orElse(null));
        return "indicator";
    }

    @GetMapping({"/stations/{station}/files", "/inspect/{evaluator}/stations/{station}/files"})
    ResponseEntity<InputStreamResource> file(@PathVariable String station, @PathVariable(required = false) String evaluator,
                                             @RequestParam("id") String id) throws java.io.IOException {
        Viewer viewer = new Viewer(evaluator);
        Station s = visible(station, viewer);
        EvidenceFile file = s.files().open(id).filter(viewer::mayOpen)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // Every read is registered before the file goes out (查阅登记); one that cannot be is not served.
        try {
            dashboard.reads().opened(s, file, viewer.evaluator());
        } catch (org.swarchive.store.StoreException | java.io.UncheckedIOException e) {
            // The reason is for the log; the page shows the status alone (server.error.include-message=never).
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, Message.of("dashboard.register-unavailable").in(Language.EN));
        }
        MediaType type = MediaTypeFactory.getMediaType(file.name()).orElse(MediaType.APPLICATION_OCTET_STREAM);
        // A document is shown as itself, never as part of the dashboard: no scripts, no sniffing.
        boolean inline = Set.of("application/pdf", "text/plain", "image/png", "image/jpeg").contains(type.getType() + "/" + type.getSubtype());
        return ResponseEntity.ok()
                .contentType(inline ? type : MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(file.content().open()));
    }

    @PostMapping("/stations/{station}/recheck")
    String recheck(@PathVariable String station, @RequestParam(name = "lang", required = false) String tag) {
        Station s = visible(station, Viewer.STAFF);
        dashboard.board().recheck(s);
        return "redirect:" + new Links(Viewer.STAFF, PageLanguage.of(tag)).station(s.id());
    }

    /** {@code ?page=N}: a number that is not one is the first page, one past the end the last (DashboardViews clamps). */
    static int pageNumber(String value) {
        if (value == null || !value.strip().matches("\\d{1,6}")) {
            return 1;
        }
        return Integer.parseInt(value.strip());
    }

    /** The station, if it is served and — for an evaluator — inside one of their open inspection windows. */
    private Station visible(String id, Viewer viewer) {
        ReadinessBoard board = dashboard.board();
        Station s = board.station(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (viewer.isEvaluator() && new InspectionWindowStore(s.state()).all().stream()
                .noneMatch(w -> w.isOpenTo(viewer.evaluator(), board.now()))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return s;
    }

    /** A window open to the evaluator, as their page lists it: the served station, its first day and the day it ends. */
    record OpenWindow(String station, LocalDate from, LocalDate until) {
    }

    /** The served stations' inspection windows open to this evaluator group now, read from each station's notes. */
    private List<OpenWindow> openTo(String evaluator) {
        ReadinessBoard board = dashboard.board();
        Instant now = board.now();
        ZoneId zone = board.zone();
        return board.stations().stream().sorted(Comparator.comparing(Station::id))
                .flatMap(s -> new InspectionWindowStore(s.state()).all().stream().filter(w -> w.isOpenTo(evaluator, now))
                        .map(w -> new OpenWindow(s.id(), w.firstDay(zone), w.endDay(zone))))
                .toList();
    }

    /** What every page needs: its language, links, the switch to the other language, who is looking. */
    private Language page(Model model, HttpServletRequest request, String tag, Viewer viewer) {
        Language lang = PageLanguage.of(tag);
        Language other = lang == Language.EN ? Language.ZH : Language.EN;
        model.addAttribute("lang", lang);
        model.addAttribute("links", new Links(viewer, lang));
        model.addAttribute("viewer", viewer);
        model.addAttribute("evaluatorView", viewer.isEvaluator());
        model.addAttribute("switchUrl", switchUrl(request, other));
        model.addAttribute("otherLang", other);
        model.addAttribute("board", dashboard.board());
        return lang;
    }

    /** This page's address in the other language. */
    static String switchUrl(HttpServletRequest request, Language other) {
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        String kept = java.util.Arrays.stream(query.split("&")).filter(p -> !p.isEmpty() && !p.startsWith("lang="))
                .collect(Collectors.joining("&"));
        String lang = other == Language.EN ? "lang=en" : "lang=zh-CN";
        return request.getRequestURI() + "?" + (kept.isEmpty() ? lang : kept + "&" + lang);
    }
}
