package org.swarchive.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.EvidenceRequirement;
import org.swarchive.evidence.Gap;
import org.swarchive.evidence.IndicatorResult;
import org.swarchive.evidence.RequirementResult;
import org.swarchive.evidence.SlotOutcome;
import org.swarchive.store.Station;

/** Turns a station's check into what its pages show, in one language, for one viewer. */
public final class DashboardViews {

    private final DocTypeCatalogue catalogue;

    DashboardViews(DocTypeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The whole indicator tree, depth first. */
    List<IndicatorView.Row> tree(Assessment a, Language lang) {
        List<IndicatorView.Row> rows = new ArrayList<>();
        a.indicators().forEach(r -> addRows(rows, r, 0, lang));
        return rows;
    }

    private static void addRows(List<IndicatorView.Row> rows, IndicatorResult r, int level, Language lang) {
        rows.add(row(r, level, lang));
        r.children().forEach(c -> addRows(rows, c, level + 1, lang));
    }

    private static IndicatorView.Row row(IndicatorResult r, int level, Language lang) {
        return new IndicatorView.Row(r.code(), r.indicator().title().in(lang), level, r.indicator().weight(), r.points().setScale(2, java.math.RoundingMode.HALF_UP),
                r.readiness(), r.notApplicable(), r.gapCount(), r.indicator().isLeaf());
    }

    /** Slots an indicator page shows at a time: a page stays small enough for a phone. */
    static final int SLOTS_PER_PAGE = 200;

    /**
     * An indicator with its path from the top and page {@code page} of its slots (the nearest page
     * when out of range), or empty when the framework has no such code. An evaluator sees only
     * filled slots, and pages count only those.
     */
    Optional<IndicatorView> indicator(Assessment a, String code, Language lang, Viewer viewer, Station station, ReadinessBoard board,
                                      int page) {
        List<IndicatorResult> path = new ArrayList<>();
        if (!findPath(a.indicators(), code, path)) {
            return Optional.empty();
        }
        IndicatorResult r = path.get(path.size() - 1);
        Function<String, IndicatorView.FileLink> link = id -> fileLink(id, viewer, station, board);
        List<IndicatorView.Crumb> crumbs = path.subList(0, path.size() - 1).stream()
                .map(p -> new IndicatorView.Crumb(p.code(), p.indicator().title().in(lang))).toList();
        List<IndicatorView.Row> children = r.children().stream().map(c -> row(c, path.size(), lang)).toList();
        List<List<SlotOutcome>> shown = r.requirements().stream().map(q -> visibleSlots(q, viewer)).toList();
        IndicatorView.SlotPage slotPage = IndicatorView.SlotPage.of(page, SLOTS_PER_PAGE, shown.stream().mapToInt(List::size).sum());
        List<IndicatorView.RequirementView> requirements = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < shown.size(); i++) {
            requirements.add(requirement(r.requirements().get(i), shown.get(i), offset, slotPage, a.asOf(), lang, link));
            offset += shown.get(i).size();
        }
        return Optional.of(new IndicatorView(r.code(), r.indicator().title().in(lang), r.indicator().weight(), r.points().setScale(2, java.math.RoundingMode.HALF_UP),
                r.readiness(), r.notApplicable(), r.gapCount(), crumbs, children, requirements,
                r.linkedEvidence().stream().map(link).toList(), slotPage));
    }

    /** A requirement's slots in the order shown (by due date, then subject); an evaluator's only the filled ones. */
    private static List<SlotOutcome> visibleSlots(RequirementResult q, Viewer viewer) {
        return q.slots().stream().filter(s -> !viewer.isEvaluator() || s.status() == SlotOutcome.Status.FILLED)
                .sorted(Comparator.comparing((SlotOutcome s) -> s.slot().due())
                        .thenComparing(s -> s.slot().subject() == null ? "" : s.slot().subject()))
                .toList();
    }

    private static boolean findPath(List<IndicatorResult> level, String code, List<IndicatorResult> path) {
        for (IndicatorResult r : level) {
            path.add(r);
            if (r.code().equals(code) || findPath(r.children(), code, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    /**
     * A requirement with the slots of {@code shown} that fall on the page ({@code offset}: where its
     * slots start in the indicator's list). Files are looked up only for those.
     */
    private IndicatorView.RequirementView requirement(RequirementResult q, List<SlotOutcome> shown, int offset,
                                                      IndicatorView.SlotPage page, java.time.LocalDate asOf, Language lang,
                                                      Function<String, IndicatorView.FileLink> link) {
        EvidenceRequirement req = q.requirement();
        int from = Math.max(0, page.from() - 1 - offset);
        int to = Math.min(shown.size(), page.to() - offset);
        List<IndicatorView.SlotView> slots = (from < to ? shown.subList(from, to) : List.<SlotOutcome>of()).stream()
                .map(s -> new IndicatorView.SlotView(s.slot().periodLabel(), s.slot().subject(), s.slot().due(),
                        s.status().name(), java.time.temporal.ChronoUnit.DAYS.between(s.slot().due(), asOf), sumOf(s, req),
                        s.evidence().stream().map(link).toList()))
                .toList();
        long upcoming = q.slots().stream().filter(s -> s.status() == SlotOutcome.Status.UPCOMING).count();
        int firstPage = shown.isEmpty() ? 0 : page.pageOf(offset);
        int lastPage = shown.isEmpty() ? 0 : page.pageOf(offset + shown.size() - 1);
        return new IndicatorView.RequirementView(docTypeNames(req.docTypes(), lang), req.cadence().id(), req.min(),
                req.sum() == null ? null : req.sum().property() + " ≥ " + req.sum().min().toPlainString(),
                req.per().map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
                q.filled(), q.gaps(), upcoming, slots, shown.size(), firstPage, lastPage, !q.slots().isEmpty());
    }

    private static String sumOf(SlotOutcome s, EvidenceRequirement req) {
        return req.sum() == null || s.sum() == null ? null : s.sum().stripTrailingZeros().toPlainString();
    }

    private static IndicatorView.FileLink fileLink(String id, Viewer viewer, Station station, ReadinessBoard board) {
        int slash = id.lastIndexOf('/');
        // The policy decides, file by file, for whoever does not read everything of the station.
        boolean withheld = !viewer.readsEverything()
                && !station.files().open(id).map(f -> viewer.mayOpen(station, f, board)).orElse(false);
        return new IndicatorView.FileLink(id, id.substring(slash + 1), slash < 0 ? "" : id.substring(0, slash), withheld);
    }

    /** Doc types by their names, e.g. 月度工作总结 / 季度工作总结. */
    public String docTypeNames(List<String> ids, Language lang) {
        return String.join(" / ", ids.stream().map(id -> catalogue.find(id).map(t -> t.label().in(lang)).orElse(id)).toList());
    }

    /** One doc type by its name. */
    public String docTypeName(String id, Language lang) {
        return docTypeNames(List.of(id), lang);
    }

    public String docTypeNames(Gap gap, Language lang) {
        return docTypeNames(gap.docTypes(), lang);
    }
}
