package org.swarchive.store.alfresco;

import java.time.Duration;

/**
 * How often a request that failed for a passing reason (HTTP 5xx, a timeout, a refused
 * connection) is tried again, and how long to wait between tries (doubling each time).
 */
public record RetryPolicy(int attempts, Duration firstPause, Sleeper sleeper) {

    /** Waits; tests pass one that only records the pauses. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /** Three tries, 0.5 s then 1 s apart: long enough for a repository restart's first seconds, short enough for a CLI. */
    public static RetryPolicy standard() {
        return new RetryPolicy(3, Duration.ofMillis(500), pause -> Thread.sleep(pause.toMillis()));
    }

    Duration pauseBefore(int attempt) {
        return firstPause.multipliedBy(1L << Math.max(0, attempt - 2));
    }
}
