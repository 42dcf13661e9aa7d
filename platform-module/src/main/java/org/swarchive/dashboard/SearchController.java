package org.swarchive.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.swarchive.access.AccessPolicy;
import org.swarchive.find.FindHit;
import org.swarchive.find.FindQuery;
import org.swarchive.find.FindResult;
import org.swarchive.find.RecordSearch;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.store.Station;
import org.swarchive.store.StoreException;

/**
 * {@code /search} (issue 16 §4): the filters of {@code swa find} over every served station the
 * signed-in person sees, each hit asked of the one access policy as the pages ask it
 * ({@link Viewer#mayFind}) and linked to the record's file view — which registers the read
 * (查阅登记) when it is opened. The list itself opens no record and registers nothing.
 */
@Controller
class SearchController {

    /** Hits shown at most: the archivist narrows the search rather than paging through thousands. */
    static final int LIMIT = 50;

    private final Dashboard dashboard;
    private final AccessPolicy policy;

    SearchController(Dashboard dashboard, AccessPolicy policy) {
        this.dashboard = dashboard;
        this.policy = policy;
    }

    /** One hit as the page lists it: the station it is of, and the address of its file view. */
    public record Row(String station, FindHit hit, String href) {
    }

    @GetMapping("/search")
    String search(@RequestParam Map<String, String> params, HttpServletRequest request, Model model, Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof SignedIn signedIn)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        ReadinessBoard board = dashboard.board();
        Viewer viewer = new Viewer(signedIn.person(), policy, board.catalogue(), board.now());
        Language lang = PageLanguage.of(params.get("lang"));
        Language other = lang == Language.EN ? Language.ZH : Language.EN;
        Links links = new Links(viewer, lang);
        model.addAttribute("lang", lang);
        model.addAttribute("links", links);
        model.addAttribute("viewer", viewer);
        model.addAttribute("person", viewer.person());
        model.addAttribute("evaluatorView", viewer.isEvaluator());
        model.addAttribute("switchUrl", DashboardController.switchUrl(request, other));
        model.addAttribute("otherLang", other);
        model.addAttribute("board", board);
        model.addAttribute("form", params);
        model.addAttribute("searchWords", params.getOrDefault("q", ""));

        List<String> problems = new ArrayList<>();
        LocalDate from = date(params.get("from"), "from", problems, lang);
        LocalDate to = date(params.get("to"), "to", problems, lang);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(Message.of("dashboard.search.date-range", from, to).in(lang));
        }
        FindQuery query = new FindQuery(params.get("q"), params.get("type"), params.get("category"), params.get("period"),
                params.get("staff"), params.get("case"), params.get("code"), from, to, params.get("confidentiality"), LIMIT);
        boolean asked = problems.isEmpty() && (query.words() != null || query.docType() != null || query.category() != null
                || query.period() != null || query.staffId() != null || query.caseId() != null || query.codePrefix() != null
                || from != null || to != null || query.confidentiality() != null);
        List<Row> rows = new ArrayList<>();
        long total = 0;
        if (asked) {
            for (Station s : board.stations().stream().filter(viewer::maySee).sorted(Comparator.comparing(Station::id)).toList()) {
                Optional<RecordSearch> search = dashboard.search().of(s);
                if (search.isEmpty()) {
                    problems.add(Message.of("dashboard.search.unavailable", s.id()).in(lang));
                    continue;
                }
                try {
                    FindResult found = search.get().find(query, viewer.mayFind(s, board));
                    total += found.total();
                    found.hits().forEach(h -> rows.add(new Row(s.id(), h, links.file(s.id(), h.path()))));
                } catch (StoreException e) {
                    // The reason is for the log; the page says which station could not be searched.
                    problems.add(Message.of("dashboard.search.failed", s.id()).in(lang));
                }
            }
            if (query.words() != null) {
                rows.sort(Comparator.comparing((Row r) -> r.hit().score()).reversed());
            }
        }
        model.addAttribute("asked", asked);
        model.addAttribute("rows", rows.stream().limit(LIMIT).toList());
        model.addAttribute("total", total);
        model.addAttribute("problems", problems);
        return "search";
    }

    private static LocalDate date(String value, String field, List<String> problems, Language lang) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(Message.of("dashboard.search.bad-date", field, value.strip()).in(lang));
            return null;
        }
    }
}
