package org.swarchive.dashboard;

import java.nio.charset.StandardCharsets;
import org.swarchive.i18n.Language;
import org.springframework.web.util.UriUtils;

/**
 * Every address a page links to, encoded once here (station ids and file ids may be Chinese or
 * contain slashes), in the page's language and for the page's viewer.
 */
public final class Links {

    private final String base;
    private final Language lang;

    Links(Viewer viewer, Language lang) {
        this.base = viewer.isEvaluator() ? "/inspect/" + segment(viewer.evaluator()) : "";
        this.lang = lang;
    }

    public String home() {
        return withLang(base.isEmpty() ? "/" : base);
    }

    public String station(String station) {
        return withLang(base + "/stations/" + segment(station));
    }

    public String indicator(String station, String code) {
        return withLang(base + "/stations/" + segment(station) + "/indicators/" + segment(code));
    }

    /** Page {@code page} of an indicator's slots; the first page is the indicator's own address. */
    public String indicator(String station, String code, int page) {
        String path = base + "/stations/" + segment(station) + "/indicators/" + segment(code);
        return withLang(page <= 1 ? path : path + "?page=" + page);
    }

    public String file(String station, String recordId) {
        return withLang(base + "/stations/" + segment(station) + "/files?id=" + UriUtils.encodeQueryParam(recordId,
                StandardCharsets.UTF_8));
    }

    /** The search page (the same for every viewer: what it finds is what the viewer may read). */
    public String search() {
        return withLang("/search");
    }

    public String recheck(String station) {
        return withLang("/stations/" + segment(station) + "/recheck");
    }

    /** Where a gap's row hands a document in (the station's own staff only: never under an evaluator's address). */
    public String upload(String station) {
        return withLang("/stations/" + segment(station) + "/gaps/upload");
    }

    public String api(String station) {
        return "/api/v1/stations/" + segment(station) + "/readiness" + (lang == Language.EN ? "?lang=en" : "");
    }

    private String withLang(String path) {
        if (lang != Language.EN) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + "lang=en";
    }

    static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
