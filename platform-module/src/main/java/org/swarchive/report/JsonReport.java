package org.swarchive.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.check.CheckResult;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.Gap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machine-readable report: the stable fields of the contract (framework, period,
 * asOf, score, total, grade, indicators, gaps, upcoming, unclassified, warnings). The dashboard
 * and the Share dashlet read the same shape.
 */
public final class JsonReport {

    private final DocTypeCatalogue catalogue;
    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public JsonReport(DocTypeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public String render(CheckResult result, Language lang) {
        return mapper.writeValueAsString(toMap(result, lang)) + "\n";
    }

    public Map<String, Object> toMap(CheckResult result, Language lang) {
        ReportModel model = new ReportModel(result, catalogue, lang);
        Assessment a = result.assessment();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("framework", a.framework().id());
        json.put("frameworkTitle", a.framework().title().in(lang));
        json.put("store", result.store());
        json.put("period", a.period().label());
        json.put("asOf", a.asOf().toString());
        json.put("language", lang.tag());
        json.put("records", result.records());
        json.put("score", a.score());
        json.put("total", a.framework().total());
        json.put("grade", a.grade().map(g -> {
            Map<String, Object> grade = new LinkedHashMap<>();
            grade.put("min", g.min());
            grade.put("label", g.label().in(lang));
            return grade;
        }).orElse(null));
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (ReportModel.Row row : model.rows()) {
            var r = row.result();
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("code", r.code());
            i.put("title", r.indicator().title().in(lang));
            i.put("level", row.level() + 1);
            i.put("parent", row.parent());
            i.put("weight", r.indicator().weight());
            i.put("points", r.points().setScale(2, java.math.RoundingMode.HALF_UP));
            i.put("readiness", r.readiness());
            i.put("notApplicable", r.notApplicable());
            i.put("gapCount", r.gapCount());
            if (r.indicator().isLeaf()) {
                i.put("evidence", r.requirements().stream().flatMap(q -> q.slots().stream())
                        .flatMap(s -> s.evidence().stream()).distinct().toList());
                i.put("linked", r.linkedEvidence());
            }
            indicators.add(i);
        }
        json.put("indicators", indicators);
        json.put("gaps", a.gaps().stream().map(g -> gap(g, model, "overdueDays", g.overdueDays())).toList());
        json.put("upcoming", a.upcoming().stream().map(g -> gap(g, model, "daysLeft", -g.overdueDays())).toList());
        json.put("unclassified", result.unclassified());
        json.put("warnings", result.warnings().stream().map(w -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", w.file());
            m.put("field", w.field());
            m.put("value", w.value());
            m.put("message", w.reason().in(lang));
            return m;
        }).toList());
        return json;
    }

    private static Map<String, Object> gap(Gap g, ReportModel model, String daysKey, long days) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", g.indicator());
        m.put("docType", g.docType());
        m.put("docTypes", g.docTypes());
        m.put("docTypeLabel", model.docTypeNames(g));
        m.put("period", g.period());
        m.put("subject", g.subject());
        m.put("due", g.due().toString());
        m.put(daysKey, days);
        return m;
    }
}
