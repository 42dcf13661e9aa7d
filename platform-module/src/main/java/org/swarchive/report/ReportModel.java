package org.swarchive.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.check.CheckResult;
import org.swarchive.evidence.Gap;
import org.swarchive.evidence.IndicatorResult;

/** What every report format shows, worked out once: rows of the indicator tree and labels of gaps. */
final class ReportModel {

    private final CheckResult result;
    private final DocTypeCatalogue catalogue;
    private final Language language;

    ReportModel(CheckResult result, DocTypeCatalogue catalogue, Language language) {
        this.result = result;
        this.catalogue = catalogue;
        this.language = language;
    }

    /** One row per indicator, depth first, with its depth (0 for first-level) and parent code. */
    record Row(IndicatorResult result, int level, String parent) {
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        result.assessment().indicators().forEach(r -> addRows(rows, r, 0, null));
        return rows;
    }

    private static void addRows(List<Row> rows, IndicatorResult r, int level, String parent) {
        rows.add(new Row(r, level, parent));
        r.children().forEach(c -> addRows(rows, c, level + 1, r.code()));
    }

    String gradeLabel() {
        return result.assessment().grade().map(g -> g.label().in(language)).orElse(Text.NO_GRADE.in(language));
    }

    /** Doc types by their names in the report's language, e.g. 月度工作总结. */
    String docTypeNames(Gap gap) {
        return String.join(" / ", gap.docTypes().stream()
                .map(id -> catalogue.find(id).map(t -> t.label().in(language)).orElse(id)).toList());
    }

    String slotLabel(Gap gap) {
        return gap.period() == null ? Text.STANDING.in(language) : gap.period();
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String percent(BigDecimal readiness) {
        return readiness.multiply(BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
