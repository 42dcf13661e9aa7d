package org.swarchive.app;

import java.io.PrintWriter;
import java.util.List;
import org.swarchive.archive.LocalizedText;
import org.swarchive.i18n.Language;
import org.swarchive.classify.InboxFiling;
import org.swarchive.classify.InboxFiling.Event;

/** Prints a filing run as it goes (one line per document) and its summary. */
final class FilingReport {

    private final PrintWriter out;
    private final Language lang;
    private int seen;

    FilingReport(PrintWriter out, Language lang) {
        this.out = out;
        this.lang = lang;
    }

    private boolean en() {
        return lang == Language.EN;
    }

    void start(String store, String inbox) {
        out.println((en() ? "Filing the inbox " : "正在归档收件箱 ") + inbox + (en() ? " of " : "：") + store);
        out.flush();
    }

    void event(Event e) {
        seen++;
        String line;
        if (e instanceof Event.Filed f) {
            line = (en() ? "filed    " : "已归档  ") + e.id() + " → " + f.filedAs() + "  " + f.code()
                    + String.format(en() ? "  (confidence %.2f)" : "（把握度 %.2f）", f.decision().confidence());
        } else if (e instanceof Event.Queued q) {
            line = (en() ? "review   " : "待审    ") + e.id() + "  [" + q.review().id() + "] " + join(q.review().reasons());
        } else if (e instanceof Event.Failed f) {
            line = (en() ? "failed   " : "失败    ") + e.id() + "：" + f.reason().in(lang);
        } else if (e instanceof Event.Skipped s) {
            line = (en() ? "skipped  " : "跳过    ") + e.id() + "：" + s.reason().in(lang);
        } else {
            line = (en() ? "note     " : "说明    ") + e.id() + "：" + ((Event.Note) e).reason().in(lang);
        }
        out.println("  " + line);
        if (seen % 50 == 0) {
            out.println(en() ? "  … " + seen + " documents so far" : "  … 已处理 " + seen + " 份");
        }
        out.flush();
    }

    void summary(InboxFiling.Summary s) {
        out.println();
        if (en()) {
            out.printf("Filed %d, queued for review %d, failed %d, skipped %d.%n", s.filed(), s.queued(), s.failed(), s.skipped());
        } else {
            out.printf("已归档 %d 份，待审 %d 份，失败 %d 份，跳过 %d 份。%n", s.filed(), s.queued(), s.failed(), s.skipped());
        }
        List<Event> failed = s.events().stream().filter(e -> e instanceof Event.Failed).toList();
        if (!failed.isEmpty()) {
            out.println(en() ? "Failed (left in the inbox, queued for review):" : "失败（文件留在收件箱，已放入待审队列）：");
            failed.forEach(e -> out.println("  - " + e.id() + "：" + ((Event.Failed) e).reason().in(lang)));
        }
        if (s.queued() + s.failed() > 0) {
            out.println(en() ? "Run `swa review` to see the queue." : "运行 swa review 查看待审队列。");
        }
        out.flush();
    }

    private String join(List<LocalizedText> reasons) {
        return String.join(en() ? "; " : "；", reasons.stream().map(r -> r.in(lang)).toList());
    }
}
