package org.swarchive.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.check.CheckResult;
import org.swarchive.check.Warning;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.Gap;

/**
 * One self-contained HTML file a station head can open or mail: no scripts, no external
 * resources; the indicator tree with readiness bars, gaps grouped by indicator, what is coming due.
 */
public final class HtmlReport {

    private static final String CSS = """
            body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
            main{max-width:1000px;margin:0 auto;padding:16px}
            h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #d0d7de;padding-bottom:.3rem}
            .meta{color:#424a53}.score{font-size:2.2rem;font-weight:700}.grade{display:inline-block;padding:.2rem .7rem;border-radius:1rem;background:#0b5cad;color:#fff;margin-left:.5rem;font-size:1rem;vertical-align:middle}
            table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e5e8eb;vertical-align:top}
            th{background:#eef1f4}td.num{text-align:right;white-space:nowrap}
            .l0 td{font-weight:700;background:#f0f4fa}.l1 td:first-child{padding-left:1.5rem}.l2 td:first-child{padding-left:3rem}
            .meter{display:flex;align-items:center;gap:.5rem;white-space:nowrap}
            .bar{flex:1;background:#e5e8eb;border-radius:4px;height:.8rem;min-width:60px}
            .bar span{display:block;height:100%;border-radius:4px}
            .ok{background:#1a7f37}.mid{background:#bf8700}.low{background:#cf222e}
            .gap{color:#a40e26}.na{color:#57606a;font-style:italic}
            section.ind{background:#fff;border:1px solid #e5e8eb;border-radius:6px;padding:.5rem .8rem;margin:.6rem 0}
            section.ind h3{font-size:1rem;margin:.2rem 0 .4rem}
            footer{color:#57606a;font-size:.85rem;margin:2rem 0}
            @media (max-width:600px){td,th{padding:.3rem}.hide-sm{display:none}}
            """;

    private final DocTypeCatalogue catalogue;

    public HtmlReport(DocTypeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public String render(CheckResult result, Language lang) {
        ReportModel model = new ReportModel(result, catalogue, lang);
        Assessment a = result.assessment();
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(Text.REPORT_TITLE.in(lang) + " — " + a.framework().title().in(lang) + " " + a.period().label()))
                .append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<h1>").append(esc(Text.REPORT_TITLE.in(lang))).append("</h1>\n<p class=\"meta\">")
                .append(esc(Text.FRAMEWORK.in(lang))).append(": ").append(esc(a.framework().title().in(lang)))
                .append(" · ").append(esc(Text.PERIOD.in(lang))).append(": ").append(esc(a.period().label()))
                .append(" · ").append(esc(Text.AS_OF.in(lang))).append(": ").append(a.asOf())
                .append(" · ").append(esc(Text.RECORDS.in(lang))).append(": ").append(result.records())
                .append("<br>").append(esc(Text.STORE.in(lang))).append(": ").append(esc(result.store())).append("</p>\n");
        h.append("<p><span class=\"score\" aria-label=\"").append(esc(Text.SCORE.in(lang))).append("\">")
                .append(a.score().toPlainString()).append("</span> / ").append(ReportModel.plain(a.framework().total()))
                .append("<span class=\"grade\">").append(esc(model.gradeLabel())).append("</span></p>\n");

        h.append("<h2>").append(esc(Text.INDICATOR.in(lang))).append("</h2>\n<table>\n<thead><tr><th scope=\"col\">")
                .append(esc(Text.INDICATOR.in(lang))).append("</th><th scope=\"col\" class=\"num\">").append(esc(Text.WEIGHT.in(lang)))
                .append("</th><th scope=\"col\" class=\"num\">").append(esc(Text.POINTS.in(lang)))
                .append("</th><th scope=\"col\">").append(esc(Text.READINESS.in(lang))).append("</th></tr></thead>\n<tbody>\n");
        for (ReportModel.Row row : model.rows()) {
            var r = row.result();
            h.append("<tr class=\"l").append(Math.min(row.level(), 2)).append("\" id=\"i-").append(esc(r.code())).append("\"><td>")
                    .append(esc(r.code())).append(' ').append(esc(r.indicator().title().in(lang))).append("</td><td class=\"num\">")
                    .append(ReportModel.plain(r.indicator().weight())).append("</td><td class=\"num\">")
                    .append(r.points().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()).append("</td><td>");
            if (r.notApplicable()) {
                h.append("<span class=\"na\">").append(esc(Text.NOT_APPLICABLE.in(lang))).append("</span>");
            } else {
                h.append(bar(r.readiness()));
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");

        h.append("<h2>").append(esc(Text.GAPS.in(lang))).append(" (").append(a.gaps().size()).append(")</h2>\n");
        if (a.gaps().isEmpty()) {
            h.append("<p>").append(esc(Text.NO_GAPS.in(lang))).append("</p>\n");
        }
        Map<String, List<Gap>> byIndicator = a.gaps().stream()
                .collect(Collectors.groupingBy(Gap::indicator, LinkedHashMap::new, Collectors.toList()));
        byIndicator.forEach((code, gaps) -> {
            h.append("<section class=\"ind\"><h3><a href=\"#i-").append(esc(code)).append("\">").append(esc(code))
                    .append("</a> ").append(esc(gaps.get(0).indicatorTitle().in(lang))).append("</h3>\n");
            gapTable(h, gaps, model, lang, Text.OVERDUE, 1);
            h.append("</section>\n");
        });

        h.append("<h2>").append(esc(Text.UPCOMING.in(lang))).append(" (").append(a.upcoming().size()).append(")</h2>\n");
        if (a.upcoming().isEmpty()) {
            h.append("<p>").append(esc(Text.NO_UPCOMING.in(lang))).append("</p>\n");
        } else {
            gapTable(h, a.upcoming(), model, lang, Text.DAYS_LEFT, -1);
        }
        if (!result.unclassified().isEmpty()) {
            h.append("<h2>").append(esc(Text.UNCLASSIFIED.in(lang))).append(" (").append(result.unclassified().size())
                    .append(")</h2>\n<ul>\n");
            result.unclassified().forEach(u -> h.append("<li>").append(esc(u)).append("</li>\n"));
            h.append("</ul>\n");
        }
        if (!result.warnings().isEmpty()) {
            h.append("<h2>").append(esc(Text.WARNINGS.in(lang))).append(" (").append(result.warnings().size())
                    .append(")</h2>\n<table>\n<thead><tr><th scope=\"col\">").append(esc(Text.FILE.in(lang)))
                    .append("</th><th scope=\"col\">").append(esc(Text.FIELD.in(lang))).append("</th><th scope=\"col\">")
                    .append(esc(Text.PROBLEM.in(lang))).append("</th></tr></thead>\n<tbody>\n");
            for (Warning w : result.warnings()) {
                h.append("<tr><td>").append(esc(w.file())).append("</td><td>").append(esc(w.field() == null ? "" : w.field()))
                        .append("</td><td>").append(esc(w.reason().in(lang))).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("<footer>").append(esc(Text.GENERATED.in(lang))).append("</footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void gapTable(StringBuilder h, List<Gap> gaps, ReportModel model, Language lang, Text daysText, int sign) {
        h.append("<table>\n<thead><tr><th scope=\"col\">").append(esc(Text.INDICATOR.in(lang))).append("</th><th scope=\"col\">")
                .append(esc(Text.DOC_TYPE.in(lang))).append("</th><th scope=\"col\">").append(esc(Text.SLOT.in(lang)))
                .append("</th><th scope=\"col\">").append(esc(Text.SUBJECT.in(lang))).append("</th><th scope=\"col\">")
                .append(esc(Text.DUE.in(lang))).append("</th><th scope=\"col\" class=\"num\">").append(esc(daysText.in(lang)))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Gap g : gaps) {
            h.append("<tr class=\"").append(sign > 0 ? "gap" : "").append("\"><td>").append(esc(g.indicator())).append("</td><td>")
                    .append(esc(model.docTypeNames(g))).append("</td><td>").append(esc(model.slotLabel(g))).append("</td><td>")
                    .append(esc(g.subject() == null ? "" : g.subject())).append("</td><td>").append(g.due())
                    .append("</td><td class=\"num\">").append(sign * g.overdueDays()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String bar(BigDecimal readiness) {
        String pct = ReportModel.percent(readiness);
        double v = readiness.doubleValue();
        String tone = v >= 0.9 ? "ok" : v >= 0.6 ? "mid" : "low";
        return "<div class=\"meter\"><div class=\"bar\" role=\"img\" aria-label=\"" + pct + "\"><span class=\"" + tone
                + "\" style=\"width:" + pct + "\"></span></div><span>" + pct + "</span></div>";
    }

    private static String esc(String s) {
        return Html.esc(s);
    }
}
