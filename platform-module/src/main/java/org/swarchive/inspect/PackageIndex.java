package org.swarchive.inspect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.check.CheckResult;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.Gap;
import org.swarchive.evidence.IndicatorResult;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.report.HtmlTemplates;

/**
 * The package's front page: by indicator, readiness, gaps and links to each evidence file. The
 * page is the template {@code report/templates/inspection-package.html}; this class works out its values.
 */
final class PackageIndex {

    private final DocTypeCatalogue catalogue;
    private final Language lang;

    PackageIndex(DocTypeCatalogue catalogue, Language lang) {
        this.catalogue = catalogue;
        this.lang = lang;
    }

    /**
     * An indicator of any level (1: A, 2: A1, 3: A1.1 …) with its readiness ("n/a" when not
     * applicable) and points; a leaf also with what is missing and the files that prove it.
     */
    public record Leaf(String code, String title, int level, boolean leaf, String readiness, String points, String weight,
                       List<Missing> missing, List<File> files) {
    }

    /** A gap: which documents (with period and subject), due when. */
    public record Missing(String what, LocalDate due) {
    }

    /** An evidence file: in the package (a link to {@code files/ID}), or withheld as sensitive (its code only). */
    public record File(String id, String name, String archiveCode, boolean withheld) {
    }

    String render(String station, CheckResult result, Set<String> included, Set<String> withheld, Set<String> refused,
                  Map<String, ArchiveRecord> records) {
        Assessment a = result.assessment();
        List<Leaf> tops = new ArrayList<>();
        for (IndicatorResult top : a.indicators()) {
            add(top, 1, a.gaps(), included, withheld, records, tops);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", Message.of("package.title", station, a.framework().title(), a.period().label()).in(lang));
        page.put("score", a.score().toPlainString());
        page.put("total", a.framework().total().stripTrailingZeros().toPlainString());
        page.put("grade", a.grade().map(g -> g.label().in(lang)).orElse("—"));
        page.put("asOf", a.asOf());
        page.put("included", included.size());
        page.put("withheld", withheld.size());
        page.put("indicators", tops);
        page.put("refused", refused);
        page.put("today", LocalDate.now());
        return HtmlTemplates.render("report/templates/inspection-package", lang, page);
    }

    /** The indicator and every one below it, depth first, each with its level. */
    private void add(IndicatorResult r, int level, List<Gap> gaps, Set<String> included, Set<String> withheld,
                     Map<String, ArchiveRecord> records, List<Leaf> out) {
        if (r.indicator().isLeaf()) {
            out.add(leaf(r, level, gaps, included, withheld, records));
            return;
        }
        out.add(new Leaf(r.code(), r.indicator().title().in(lang), level, false, readiness(r), points(r), weight(r), List.of(), List.of()));
        r.children().forEach(c -> add(c, level + 1, gaps, included, withheld, records, out));
    }

    private String readiness(IndicatorResult r) {
        return r.notApplicable() ? Message.of("report.not-applicable").in(lang)
                : r.readiness().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String points(IndicatorResult r) {
        return r.points().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String weight(IndicatorResult r) {
        return r.indicator().weight().stripTrailingZeros().toPlainString();
    }

    private Leaf leaf(IndicatorResult leaf, int level, List<Gap> gaps, Set<String> included, Set<String> withheld,
                      Map<String, ArchiveRecord> records) {
        List<Missing> missing = gaps.stream().filter(g -> g.indicator().equals(leaf.code()))
                .map(g -> new Missing(String.join(" / ", g.docTypes().stream()
                        .map(t -> catalogue.find(t).map(d -> d.label().in(lang)).orElse(t)).toList())
                        + (g.period() == null ? "" : " " + g.period()) + (g.subject() == null ? "" : " " + g.subject()), g.due()))
                .toList();
        List<File> files = new ArrayList<>();
        for (String id : InspectionPackage.evidenceIds(leaf)) {
            if (included.contains(id) || withheld.contains(id)) {
                boolean held = !included.contains(id);
                files.add(new File(id, id.substring(id.lastIndexOf('/') + 1), held
                        ? InspectionPackage.withheldName(records.get(id), catalogue, lang) : InspectionPackage.archiveCode(records.get(id)), held));
            }
        }
        return new Leaf(leaf.code(), leaf.indicator().title().in(lang), level, true, readiness(leaf), points(leaf), weight(leaf), missing, files);
    }
}
