package org.swarchive.store.alfresco;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs an action for a key once things have been quiet for a while: a burst of events about one
 * station (an upload is a Created and several Updated) becomes one re-check.
 */
public final class Debouncer {

    /** Runs a task later; {@link #cancel} stops it if it has not started. */
    @FunctionalInterface
    public interface Scheduler {
        Pending schedule(Duration delay, Runnable task);
    }

    @FunctionalInterface
    public interface Pending {
        void cancel();
    }

    private final Scheduler scheduler;
    private final Duration quiet;
    private final Consumer<String> action;
    private final Map<String, Pending> pending = new HashMap<>();

    public Debouncer(Scheduler scheduler, Duration quiet, Consumer<String> action) {
        this.scheduler = scheduler;
        this.quiet = quiet;
        this.action = action;
    }

    /** Something happened to {@code key}: its action runs {@code quiet} after the last such call. */
    public synchronized void touch(String key) {
        Pending earlier = pending.remove(key);
        if (earlier != null) {
            earlier.cancel();
        }
        Pending[] self = new Pending[1];
        self[0] = scheduler.schedule(quiet, () -> {
            synchronized (this) {
                if (pending.get(key) != self[0]) {
                    return;
                }
                pending.remove(key);
            }
            action.accept(key);
        });
        pending.put(key, self[0]);
    }

    /** Production scheduling on an executor's thread. */
    public static Scheduler on(java.util.concurrent.ScheduledExecutorService executor) {
        return (delay, task) -> {
            java.util.concurrent.ScheduledFuture<?> f = executor.schedule(task, delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        };
    }
}
