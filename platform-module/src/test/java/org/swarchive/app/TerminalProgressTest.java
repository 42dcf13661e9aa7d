package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.swarchive.i18n.Language;

/** Progress of filing, package export and index builds: counts when not a terminal, a bar on one, nothing for short work. */
class TerminalProgressTest {

    private final StringWriter err = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    private TerminalProgress progress(boolean terminal) {
        return new TerminalProgress(new PrintWriter(err), terminal, Language.EN, nanos::get);
    }

    /** {@code n} steps, each taking {@code millis}. */
    private void steps(TerminalProgress p, int n, long millis) {
        for (int i = 0; i < n; i++) {
            nanos.addAndGet(millis * 1_000_000);
            p.step();
        }
    }

    @Test
    void should_print_counts_line_by_line_when_not_a_terminal_and_the_work_takes_long() {
        TerminalProgress p = progress(false);
        p.start("filing", 100);
        steps(p, 100, 100); // ten seconds of filing
        p.done();
        String[] lines = err.toString().strip().split("\\R");
        assertThat(lines.length).isBetween(5, 12);
        assertThat(lines[lines.length - 1]).contains("100/100").contains("100%");
        assertThat(err.toString()).doesNotContain("\r").doesNotContain("#");
        assertThat(lines[0]).contains("/100");
    }

    @Test
    void should_draw_one_redrawn_bar_on_a_terminal() {
        TerminalProgress p = progress(true);
        p.start("package", 50);
        steps(p, 50, 100);
        p.done();
        assertThat(err.toString()).contains("\r").contains("####################").contains("50/50").endsWith(System.lineSeparator());
    }

    @Test
    void should_say_nothing_for_work_of_a_few_seconds_however_many_steps() {
        TerminalProgress p = progress(false);
        p.start("index", 10_000);
        steps(p, 10_000, 0); // ten thousand quick steps: under a second
        p.done();
        assertThat(err.toString()).isEmpty();
    }
}
