package org.swarchive.app;

import java.time.Clock;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.check.CheckResult;
import org.swarchive.report.HtmlReport;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.alfresco.EvidenceWriteBack;

/**
 * What a check leaves in Alfresco for Share users ({@code swa check --write-back}, every re-check
 * of {@code swa watch} and {@code swa serve --watch}, Share's 检查准备度): readiness and gaps on the
 * evidence folders, records linked into their indicators' folders, and the readiness report —
 * the page {@code swa check --format html} prints — in the framework's evidence tree.
 */
final class ReadinessWriteBack {

    private final DocTypeCatalogue catalogue;
    private final Language lang;
    private final Clock clock;

    ReadinessWriteBack(DocTypeCatalogue catalogue, Language lang, Clock clock) {
        this.catalogue = catalogue;
        this.lang = lang;
        this.clock = clock;
    }

    EvidenceWriteBack.Outcome write(AlfrescoStore store, CheckResult result) {
        return store.writeBack(result.assessment(), clock.instant(), new HtmlReport(catalogue).render(result, lang));
    }

    /** One line per re-check of a watched station: when, which station, score, gaps, what was written. */
    String line(String station, CheckResult r, EvidenceWriteBack.Outcome o) {
        boolean en = lang == Language.EN;
        return clock.instant() + "  " + station + "  " + (en ? "score " : "得分 ") + r.assessment().score().toPlainString()
                + "  " + (en ? "gaps " : "缺失 ") + r.assessment().gaps().size() + "  " + (en ? "folders written " : "写回文件夹 ")
                + o.folders() + "  " + (en ? "report " : "报告 ") + o.report();
    }

    /** One line for the console: what was written. */
    static String describe(EvidenceWriteBack.Outcome o, Language lang) {
        return lang == Language.EN
                ? "Written back: " + o.folders() + " evidence folders, " + o.links() + " new links, report " + o.report()
                : "已写回：" + o.folders() + " 个佐证文件夹，新增 " + o.links() + " 个关联，准备度报告 " + o.report();
    }
}
