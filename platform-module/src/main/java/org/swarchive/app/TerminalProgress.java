package org.swarchive.app;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.store.Progress;

/**
 * Progress on standard error: a line redrawn in place on a terminal, else a count at every tenth
 * of the work (logs and CI keep a few lines, not thousands). Silent for work of fewer than
 * {@link #AT_LEAST} steps: a few seconds' work needs no bar.
 */
final class TerminalProgress implements Progress {

    static final long AT_LEAST = 200;

    private final PrintWriter err;
    private final boolean terminal;
    private final Language lang;
    private final AtomicLong done = new AtomicLong();
    private volatile String task = "";
    private volatile long total;

    TerminalProgress(PrintWriter err, boolean terminal, Language lang) {
        this.err = err;
        this.terminal = terminal;
        this.lang = lang;
    }

    /** On the user's terminal when standard error is one (a console is attached), else counts. */
    static Progress on(PrintWriter err, Language lang) {
        return new TerminalProgress(err, System.console() != null, lang);
    }

    @Override
    public void start(String task, long total) {
        this.task = task;
        this.total = total;
        done.set(0);
    }

    @Override
    public void step() {
        long n = done.incrementAndGet();
        long all = total;
        if (all < AT_LEAST) {
            return;
        }
        if (terminal) {
            if (n == all || n % Math.max(1, all / 100) == 0) {
                synchronized (err) {
                    err.print("\r" + line(n, all));
                    err.flush();
                }
            }
        } else if (n == all || n % Math.max(1, all / 10) == 0) {
            synchronized (err) {
                err.println(line(n, all));
                err.flush();
            }
        }
    }

    @Override
    public void done() {
        if (terminal && total >= AT_LEAST) {
            synchronized (err) {
                err.println();
                err.flush();
            }
        }
    }

    /** The task's name in words: index, filing, package. */
    private static Message taskName(String task) {
        return switch (task) {
            case "filing" -> Message.of("app.progress.task.filing");
            case "package" -> Message.of("app.progress.task.package");
            default -> Message.of("app.progress.task.index");
        };
    }

    private String line(long n, long all) {
        int percent = (int) (n * 100 / Math.max(1, all));
        if (terminal) {
            int filled = percent / 5;
            String bar = "#".repeat(filled) + "-".repeat(20 - filled);
            return Message.of("app.progress.bar", taskName(task), bar, n, all, percent).in(lang);
        }
        return Message.of("app.progress.count", taskName(task), n, all, percent).in(lang);
    }
}
