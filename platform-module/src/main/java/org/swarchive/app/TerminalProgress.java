package org.swarchive.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.store.Progress;

/**
 * Progress on standard error: a line redrawn in place on a terminal, else a count at every tenth
 * of the work (logs and CI keep a few lines, not thousands). Silent until the work has taken
 * {@link #AFTER}: work of a few seconds needs no bar, however many steps it has.
 */
final class TerminalProgress implements Progress {

    static final Duration AFTER = Duration.ofSeconds(2);

    private final PrintWriter err;
    private final boolean terminal;
    private final Language lang;
    private final LongSupplier nanos;
    private final AtomicLong done = new AtomicLong();
    private volatile String task = "";
    private volatile long total;
    private volatile long started;
    private volatile boolean shown;

    TerminalProgress(PrintWriter err, boolean terminal, Language lang) {
        this(err, terminal, lang, System::nanoTime);
    }

    /** With the clock the work is timed by (a test's). */
    TerminalProgress(PrintWriter err, boolean terminal, Language lang, LongSupplier nanos) {
        this.err = err;
        this.terminal = terminal;
        this.lang = lang;
        this.nanos = nanos;
    }

    /** On the user's terminal when standard error is one (a console is attached), else counts. */
    static Progress on(PrintWriter err, Language lang) {
        return new TerminalProgress(err, System.console() != null, lang);
    }

    @Override
    public void start(String task, long total) {
        this.task = task;
        this.total = total;
        this.started = nanos.getAsLong();
        this.shown = false;
        done.set(0);
    }

    @Override
    public void step() {
        long n = done.incrementAndGet();
        long all = total;
        if (all <= 0) {
            return;
        }
        if (!shown) {
            if (nanos.getAsLong() - started < AFTER.toNanos()) {
                return;
            }
            shown = true; // the first line once the work has gone on long enough, then at the usual steps
            print(n, all);
            return;
        }
        long every = Math.max(1, all / (terminal ? 100 : 10));
        if (n == all || n % every == 0) {
            print(n, all);
        }
    }

    @Override
    public void done() {
        if (terminal && shown) {
            synchronized (err) {
                err.println();
                err.flush();
            }
        }
    }

    private void print(long n, long all) {
        synchronized (err) {
            if (terminal) {
                err.print("\r" + line(n, all));
            } else {
                err.println(line(n, all));
            }
            err.flush();
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
