package org.swarchive.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.LocalizedText.Language;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.EvidenceRequirement;
import org.swarchive.evidence.Gap;
import org.swarchive.evidence.IndicatorResult;
import org.swarchive.evidence.RequirementResult;
import org.swarchive.evidence.SlotOutcome;
import org.swarchive.store.EvidenceFiles;

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

    /** An indicator with its path from the top, or empty when the framework has no such code. */
    Optional<IndicatorView> indicator(Assessment a, String code, Language lang, Viewer viewer, EvidenceFiles files) {
        List<IndicatorResult> path = new ArrayList<>();
        if (!findPath(a.indicators(), code, path)) {
            return Optional.empty();
        }
        IndicatorResult r = path.get(path.size() - 1);
        Function<String, IndicatorView.FileLink> link = id -> fileLink(id, viewer, files);
        List<IndicatorView.Crumb> crumbs = path.subList(0, path.size() - 1).stream()
                .map(p -> new IndicatorView.Crumb(p.code(), p.indicator().title().in(lang))).toList();
        List<IndicatorView.Row> children = r.children().stream().map(c -> row(c, path.size(), lang)).toList();
        List<IndicatorView.RequirementView> requirements = r.requirements().stream()
                .map(q -> requirement(q, a.asOf(), lang, link)).toList();
        return Optional.of(new IndicatorView(r.code(), r.indicator().title().in(lang), r.indicator().weight(), r.points().setScale(2, java.math.RoundingMode.HALF_UP),
                r.readiness(), r.notApplicable(), r.gapCount(), crumbs, children, requirements,
                r.linkedEvidence().stream().map(link).toList()));
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

    private IndicatorView.RequirementView requirement(RequirementResult q, java.time.LocalDate asOf, Language lang,
                                                      Function<String, IndicatorView.FileLink> link) {
        EvidenceRequirement req = q.requirement();
        List<IndicatorView.SlotView> slots = q.slots().stream()
                .sorted(Comparator.comparing((SlotOutcome s) -> s.slot().due())
                        .thenComparing(s -> s.slot().subject() == null ? "" : s.slot().subject()))
                .map(s -> new IndicatorView.SlotView(s.slot().periodLabel(), s.slot().subject(), s.slot().due(),
                        s.status().name(), java.time.temporal.ChronoUnit.DAYS.between(s.slot().due(), asOf), sumOf(s, req),
                        s.evidence().stream().map(link).toList()))
                .toList();
        long upcoming = q.slots().stream().filter(s -> s.status() == SlotOutcome.Status.UPCOMING).count();
        return new IndicatorView.RequirementView(docTypeNames(req.docTypes(), lang), req.cadence().id(), req.min(),
                req.sum() == null ? null : req.sum().property() + " ≥ " + req.sum().min().toPlainString(),
                req.per().map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
                q.filled(), q.gaps(), upcoming, slots);
    }

    private static String sumOf(SlotOutcome s, EvidenceRequirement req) {
        return req.sum() == null || s.sum() == null ? null : s.sum().stripTrailingZeros().toPlainString();
    }

    private static IndicatorView.FileLink fileLink(String id, Viewer viewer, EvidenceFiles files) {
        int slash = id.lastIndexOf('/');
        boolean withheld = viewer.isEvaluator()
                && !files.open(id).map(viewer::mayOpen).orElse(false);
        return new IndicatorView.FileLink(id, id.substring(slash + 1), slash < 0 ? "" : id.substring(0, slash), withheld);
    }

    /** Doc types by their names, e.g. 月度工作总结 / 季度工作总结. */
    public String docTypeNames(List<String> ids, Language lang) {
        return String.join(" / ", ids.stream().map(id -> catalogue.find(id).map(t -> t.label().in(lang)).orElse(id)).toList());
    }

    public String docTypeNames(Gap gap, Language lang) {
        return docTypeNames(gap.docTypes(), lang);
    }
}
