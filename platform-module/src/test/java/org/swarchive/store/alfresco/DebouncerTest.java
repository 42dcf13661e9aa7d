package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The debouncer on a scheduler the test runs by hand: no clock, no sleeping. */
class DebouncerTest {

    /** Tasks as scheduled, each remembering whether it was cancelled. */
    private static final class ManualScheduler implements Debouncer.Scheduler {
        final List<Runnable> tasks = new ArrayList<>();
        final List<Boolean> cancelled = new ArrayList<>();

        @Override
        public Debouncer.Pending schedule(Duration delay, Runnable task) {
            int i = tasks.size();
            tasks.add(task);
            cancelled.add(false);
            return () -> cancelled.set(i, true);
        }

        void runAll() {
            for (int i = 0; i < tasks.size(); i++) {
                if (!cancelled.get(i)) {
                    tasks.get(i).run();
                }
            }
        }
    }

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<String> ran = new ArrayList<>();
    private final Debouncer debouncer = new Debouncer(scheduler, Duration.ofSeconds(2), ran::add);

    @Test
    void should_run_once_for_the_last_touch_when_a_burst_touches_one_key() {
        debouncer.touch("swa-jn01");
        debouncer.touch("swa-jn01");
        debouncer.touch("swa-jn01");
        assertThat(scheduler.cancelled).containsExactly(true, true, false);
        scheduler.runAll();
        assertThat(ran).containsExactly("swa-jn01");
    }

    @Test
    void should_run_each_key_when_two_stations_change() {
        debouncer.touch("swa-jn01");
        debouncer.touch("swa-jn02");
        scheduler.runAll();
        assertThat(ran).containsExactly("swa-jn01", "swa-jn02");
    }

    @Test
    void should_ignore_a_superseded_task_when_its_cancel_came_too_late() {
        debouncer.touch("swa-jn01");
        Runnable first = scheduler.tasks.get(0);
        debouncer.touch("swa-jn01");
        first.run(); // had already started when the second touch cancelled it
        assertThat(ran).isEmpty();
        scheduler.tasks.get(1).run();
        assertThat(ran).containsExactly("swa-jn01");
    }
}
