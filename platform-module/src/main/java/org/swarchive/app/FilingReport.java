package org.swarchive.app;

import java.io.PrintWriter;
import java.util.List;
import org.swarchive.classify.InboxFiling;
import org.swarchive.classify.InboxFiling.Event;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/** Prints a filing run as it goes (one line per document) and its summary. */
final class FilingReport {

    private final PrintWriter out;
    private final Language lang;
    private int seen;

    FilingReport(PrintWriter out, Language lang) {
        this.out = out;
        this.lang = lang;
    }

    private void say(String prefix, String key, Object... args) {
        out.println(prefix + Message.of(key, args).in(lang));
    }

    void start(String store, String inbox) {
        say("", "filing.report.start", inbox, store);
        out.flush();
    }

    void event(Event e) {
        seen++;
        if (e instanceof Event.Filed f) {
            say("  ", "filing.report.filed", e.id(), f.filedAs(), f.code(), String.format("%.2f", f.decision().confidence()));
            if (!f.decision().sensitiveMarkers().isEmpty()) {
                // Why the record is closed to evaluators, said where the archivist sees it (never the number itself).
                say("  ", "filing.report.sensitive", f.decision().confidentiality().label(),
                        Text.join(Message.of("common.list.semicolon"), f.decision().sensitiveMarkers()));
            }
        } else if (e instanceof Event.Queued q) {
            say("  ", "filing.report.queued", e.id(), q.review().id(), Text.join(Message.of("common.list.semicolon"), q.review().reasons()));
        } else if (e instanceof Event.Failed f) {
            say("  ", "filing.report.failed", e.id(), f.reason());
        } else if (e instanceof Event.Skipped s) {
            say("  ", "filing.report.skipped", e.id(), s.reason());
        } else {
            say("  ", "filing.report.note", e.id(), ((Event.Note) e).reason());
        }
        if (seen % 50 == 0) {
            say("  ", "filing.report.progress", seen);
        }
        out.flush();
    }

    void summary(InboxFiling.Summary s) {
        out.println();
        say("", "filing.report.summary", s.filed(), s.queued(), s.failed(), s.skipped());
        List<Event> failed = s.events().stream().filter(e -> e instanceof Event.Failed).toList();
        if (!failed.isEmpty()) {
            say("", "filing.report.failed-header");
            failed.forEach(e -> out.println("  - " + e.id() + "：" + ((Event.Failed) e).reason().in(lang)));
        }
        if (s.queued() + s.failed() > 0) {
            say("", "filing.report.review-hint");
        }
        out.flush();
    }
}
