package org.swarchive.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.check.CheckResult;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.Gap;
import org.swarchive.i18n.Language;

/**
 * One self-contained HTML file a station head can open or mail: no scripts, no external
 * resources; the indicator tree with readiness bars, gaps grouped by indicator, what is coming due.
 * The page is the template {@code report/templates/readiness.html}; this class works out its values.
 */
public final class HtmlReport {

    private final DocTypeCatalogue catalogue;

    public HtmlReport(DocTypeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A row of the indicator table: {@code level} 0 to 2 (deeper rows indent as the third). */
    public record Row(int level, String code, String title, String weight, String points, boolean notApplicable,
                      String percent, String tone) {
    }

    /** A row of a gap table; {@code tone} "gap" for a missing one, empty for one coming due. */
    public record GapRow(String indicator, String docTypes, String slot, String subject, String due, long days, String tone) {
    }

    /** The gaps of one indicator. */
    public record GapGroup(String code, String title, List<GapRow> gaps) {
    }

    /** A metadata problem: the file, the field (empty when the whole file), what is wrong. */
    public record WarningRow(String file, String field, String problem) {
    }

    public String render(CheckResult result, Language lang) {
        ReportModel model = new ReportModel(result, catalogue, lang);
        Assessment a = result.assessment();
        Map<String, List<Gap>> byIndicator = a.gaps().stream()
                .collect(Collectors.groupingBy(Gap::indicator, LinkedHashMap::new, Collectors.toList()));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("framework", a.framework().title().in(lang));
        page.put("period", a.period().label());
        page.put("asOf", a.asOf());
        page.put("records", result.records());
        page.put("store", result.store());
        page.put("score", a.score().toPlainString());
        page.put("total", ReportModel.plain(a.framework().total()));
        page.put("grade", model.gradeLabel());
        page.put("rows", model.rows().stream().map(r -> row(r, lang)).toList());
        page.put("gapCount", a.gaps().size());
        page.put("gapGroups", byIndicator.entrySet().stream().map(e -> new GapGroup(e.getKey(),
                e.getValue().get(0).indicatorTitle().in(lang), gapRows(e.getValue(), model, 1))).toList());
        page.put("upcoming", gapRows(a.upcoming(), model, -1));
        page.put("unclassified", result.unclassified());
        page.put("warnings", result.warnings().stream()
                .map(w -> new WarningRow(w.file(), w.field() == null ? "" : w.field(), w.reason().in(lang))).toList());
        return HtmlTemplates.render("report/templates/readiness", lang, page);
    }

    private static Row row(ReportModel.Row row, Language lang) {
        var r = row.result();
        BigDecimal readiness = r.readiness();
        double v = readiness.doubleValue();
        return new Row(Math.min(row.level(), 2), r.code(), r.indicator().title().in(lang),
                ReportModel.plain(r.indicator().weight()), r.points().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                r.notApplicable(), ReportModel.percent(readiness), v >= 0.9 ? "ok" : v >= 0.6 ? "mid" : "low");
    }

    /** Days are shown overdue (sign 1) for missing evidence and left (sign -1) for evidence coming due. */
    private static List<GapRow> gapRows(List<Gap> gaps, ReportModel model, int sign) {
        return gaps.stream().map(g -> new GapRow(g.indicator(), model.docTypeNames(g), model.slotLabel(g),
                g.subject() == null ? "" : g.subject(), String.valueOf(g.due()), sign * g.overdueDays(), sign > 0 ? "gap" : ""))
                .toList();
    }
}
