package org.swarchive.app;

import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.check.CheckResult;
import org.swarchive.report.HtmlReport;
import org.swarchive.report.JsonReport;
import org.swarchive.report.TableReport;

/** The formats {@code swa check} writes. */
enum ReportFormat {
    TABLE, JSON, HTML;

    String render(CheckResult result, DocTypeCatalogue catalogue, Language lang) {
        return switch (this) {
            case TABLE -> new TableReport(catalogue).render(result, lang);
            case JSON -> new JsonReport(catalogue).render(result, lang);
            case HTML -> new HtmlReport(catalogue).render(result, lang);
        };
    }

    String extension() {
        return this == TABLE ? "txt" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
