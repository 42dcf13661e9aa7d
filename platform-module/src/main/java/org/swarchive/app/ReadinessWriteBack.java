package org.swarchive.app;

import java.time.Clock;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.check.CheckResult;
import org.swarchive.i18n.Message;
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
        return clock.instant() + "  " + station + "  " + Message.of("app.write-back.line", r.assessment().score().toPlainString(),
                r.assessment().gaps().size(), o.folders(), o.report()).in(lang);
    }

    /** One line for the console: what was written. */
    static Message describe(EvidenceWriteBack.Outcome o) {
        return Message.of("app.write-back.done", o.folders(), o.links(), o.report());
    }
}
