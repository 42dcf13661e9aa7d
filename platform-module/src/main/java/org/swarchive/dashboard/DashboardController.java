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
import org.springframework.security.core.Authentication;
import org.swarchive.access.AccessMode;
import org.swarchive.access.AccessPolicy;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.store.EvidenceFiles.EvidenceFile;
import org.swarchive.store.Station;

/**
 * The dashboard's pages, drawn on the server: the station list, a station's indicator tree, an
 * indicator with its evidence files and gaps, and the files themselves. The same pages under
 * {@code /inspect/GROUP} are an evaluator's read-only view, for the group of the signed-in
 * evaluator's account only. What each person sees is the access policy's answer ({@link Viewer}).
 */
@Controller
class DashboardController {

    private static final int LIST_LIMIT = 50;
    /** Shown in the browser, and registered as an online read (在线查阅); anything else is a download (下载). */
    private static final Set<String> INLINE = Set.of("application/pdf", "text/plain", "image/png", "image/jpeg");

    private final Dashboard dashboard;
    private final DashboardViews views;
    private final AccessPolicy policy;

    DashboardController(Dashboard dashboard, DashboardViews views, AccessPolicy policy) {
        this.dashboard = dashboard;
        this.views = views;
        this.policy = policy;
    }

    /** The signed-in person's viewer; a principal the dashboard does not know is refused. */
    private Viewer viewer(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof SignedIn signedIn)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        ReadinessBoard board = dashboard.board();
        return new Viewer(signedIn.person(), policy, board.catalogue(), board.now());
    }

    @GetMapping("/")
    String stations(@RequestParam(name = "lang", required = false) String tag, HttpServletRequest request, Model model,
                    Authentication auth) {
        Viewer viewer = viewer(auth);
        if (viewer.isEvaluator()) {
            return "redirect:" + new Links(viewer, PageLanguage.of(tag)).home();
        }
        Language lang = page(model, request, tag, viewer);
        ReadinessBoard board = dashboard.board();
        model.addAttribute("stations", board.stations().stream().filter(viewer::maySee)
                .map(s -> StationSummary.of(board.current(s), lang)).toList());
        return "stations";
    }

    @GetMapping("/inspect/{evaluator}")
    String inspect(@PathVariable String evaluator, @RequestParam(name = "lang", required = false) String tag,
                   HttpServletRequest request, Model model, Authentication auth) {
        Viewer viewer = evaluatorOf(auth, evaluator);
        page(model, request, tag, viewer);
        model.addAttribute("windows", openTo(viewer.evaluator()));
        model.addAttribute("evaluator", viewer.evaluator());
        return "inspect";
    }

    @GetMapping({"/stations/{station}", "/inspect/{evaluator}/stations/{station}"})
    String station(@PathVariable String station, @PathVariable(required = false) String evaluator,
                   @RequestParam(name = "lang", required = false) String tag, HttpServletRequest request, Model model,
                   Authentication auth) {
        Viewer viewer = viewerFor(auth, evaluator);
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
        boolean manages = viewer.managesRecords();
        if (manages) {
            disposal(s, lang, model);
        } else {
            model.addAttribute("disposal", List.of());
            model.addAttribute("disposalProblems", List.of());
        }
        model.addAttribute("disposalAvailable", dashboard.disposal().available());
        model.addAttribute("unclassified", manages ? snapshot.result().unclassified().stream().limit(LIST_LIMIT).toList() : List.of());
        model.addAttribute("mayRecheck", viewer.mayRecheck(s));
        boolean mayFile = dashboard.upload().available() && AccessPolicy.mayFile(viewer.person(), s.id()).allowed();
        model.addAttribute("mayFile", mayFile);
        // What this person handed in and has still to confirm, kept across restarts and sign-ins.
        model.addAttribute("pendingUploads", mayFile ? new PendingUploads(s.state(), dashboard.board().now()).of(viewer.person().name())
                : List.of());
        model.addAttribute("zone", dashboard.board().zone());
        model.addAttribute("views", views);
        model.addAttribute("evaluations", EvaluationView.of(s, a, dashboard.board().zone(), lang));
        return "station";
    }

    @GetMapping({"/stations/{station}/indicators/{code}", "/inspect/{evaluator}/stations/{station}/indicators/{code}"})
    String indicator(@PathVariable String station, @PathVariable String code, @PathVariable(required = false) String evaluator,
                     @RequestParam(name = "lang", required = false) String tag,
                     @RequestParam(name = "page", required = false) String slotPage, HttpServletRequest request, Model model,
                     Authentication auth) {
        Viewer viewer = viewerFor(auth, evaluator);
        Language lang = page(model, request, tag, viewer);
        Links links = new Links(viewer, lang);
        Station s = visible(station, viewer);
        ReadinessBoard.Snapshot snapshot = dashboard.board().current(s);
        IndicatorView view = views.indicator(snapshot.result().assessment(), code, lang, viewer, s, dashboard.board(), pageNumber(slotPage))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("summary", StationSummary.of(snapshot, lang));
        model.addAttribute("indicator", view);
        model.addAttribute("worksheet", WorksheetForm.of(s, viewer, auth, request, snapshot.result().assessment(), code,
                dashboard.board().now(), links, lang).orElse(null));
        return "indicator";
    }

    @GetMapping({"/stations/{station}/files", "/inspect/{evaluator}/stations/{station}/files"})
    ResponseEntity<InputStreamResource> file(@PathVariable String station, @PathVariable(required = false) String evaluator,
                                             @RequestParam("id") String id, HttpServletRequest request, Authentication auth)
            throws java.io.IOException {
        Viewer viewer = viewerFor(auth, evaluator);
        Station s = visible(station, viewer);
        // What the person may not open is not there for them: the same 404 as a file that does not exist.
        // Read as the person (on Alfresco, with their ticket): what the repository refuses them is not there either.
        EvidenceFile file = ((SignedIn) auth.getPrincipal()).files(s).open(id).filter(f -> viewer.mayOpen(s, f, dashboard.board()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        MediaType type = MediaTypeFactory.getMediaType(file.name()).orElse(MediaType.APPLICATION_OCTET_STREAM);
        // A document is shown as itself, never as part of the dashboard: no scripts, no sniffing.
        boolean inline = INLINE.contains(type.getType() + "/" + type.getSubtype());
        // Every read is registered before the file goes out (查阅登记), once per document: not for a
        // HEAD, nor for the later parts of a ranged download. One that cannot be registered is not served.
        if (isRead(request)) {
            try {
                dashboard.reads().opened(s, file, viewer.person(), inline ? AccessMode.ONLINE : AccessMode.DOWNLOAD);
            } catch (org.swarchive.store.StoreException | java.io.UncheckedIOException e) {
                // The reason is for the log; the page shows the status alone (server.error.include-message=never).
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, Message.of("dashboard.register-unavailable").in(Language.EN));
            }
        }
        return ResponseEntity.ok()
                .contentType(inline ? type : MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "sandbox; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff")
                // A record must not stay behind in a shared office PC's browser cache.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new InputStreamResource(file.content().open()));
    }

    /** A read of the document: a GET, whole or from its first byte — not a HEAD, not a later range. */
    static boolean isRead(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String range = request.getHeader(HttpHeaders.RANGE);
        return range == null || range.replace(" ", "").startsWith("bytes=0-");
    }

    @PostMapping("/stations/{station}/recheck")
    String recheck(@PathVariable String station, @RequestParam(name = "lang", required = false) String tag, Authentication auth) {
        Viewer viewer = viewer(auth);
        Station s = visible(station, viewer);
        if (!viewer.mayRecheck(s)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        dashboard.board().recheck(s);
        return "redirect:" + new Links(viewer, PageLanguage.of(tag)).station(s.id());
    }

    /**
     * Records due for disposal. A station's schedule file that cannot be used is said on the page
     * ({@code .swa/FILE:line: reason}, without the server's folder), never a 500 for the whole page.
     */
    private void disposal(Station s, Language lang, Model model) {
        try {
            model.addAttribute("disposal", dashboard.disposal().dueOn(s, dashboard.board().today()));
            model.addAttribute("disposalProblems", List.of());
        } catch (org.swarchive.library.InvalidLibraryFileException e) {
            model.addAttribute("disposal", List.of());
            model.addAttribute("disposalProblems", e.problems().stream()
                    .map(p -> ".swa/" + p.file().substring(Math.max(p.file().lastIndexOf('/'), p.file().lastIndexOf('\\')) + 1)
                            + ":" + p.line() + ": " + p.reason().in(lang))
                    .toList());
        }
    }

    /** {@code ?page=N}: a number that is not one is the first page, one past the end the last (DashboardViews clamps). */
    static int pageNumber(String value) {
        if (value == null || !value.strip().matches("\\d{1,6}")) {
            return 1;
        }
        return Integer.parseInt(value.strip());
    }

    /**
     * The viewer of a page: under {@code /inspect/GROUP} only the signed-in evaluator of that group
     * (the address grants nothing); the station pages only people who are not evaluators.
     */
    private Viewer viewerFor(Authentication auth, String evaluator) {
        return evaluator == null ? staffOf(auth) : evaluatorOf(auth, evaluator);
    }

    private Viewer staffOf(Authentication auth) {
        Viewer viewer = viewer(auth);
        if (viewer.isEvaluator()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return viewer;
    }

    private Viewer evaluatorOf(Authentication auth, String group) {
        Viewer viewer = viewer(auth);
        if (!viewer.isEvaluator() || !viewer.evaluator().equals(group)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return viewer;
    }

    /** The station, if it is served and the person may see it (an evaluator: inside one of their open inspection windows). */
    private Station visible(String id, Viewer viewer) {
        Station s = dashboard.board().station(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!viewer.maySee(s)) {
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
        model.addAttribute("person", viewer.person());
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
