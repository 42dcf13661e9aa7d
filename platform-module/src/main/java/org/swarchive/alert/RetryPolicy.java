package org.swarchive.alert;

import java.time.Duration;

/**
 * How often and how patiently a delivery is tried: a bounded number of attempts with a growing
 * pause between them, so a mail server's brief hiccup does not lose an alert and a dead one does
 * not hold the schedule up forever.
 */
public record RetryPolicy(int attempts, Duration firstPause, int factor) {

    public RetryPolicy {
        if (attempts < 1 || factor < 1 || firstPause.isNegative()) {
            throw new IllegalArgumentException("attempts ≥ 1, factor ≥ 1, pause ≥ 0");
        }
    }

    /** Three attempts, 5 s then 25 s apart. */
    public static RetryPolicy standard() {
        return new RetryPolicy(3, Duration.ofSeconds(5), 5);
    }

    /** The pause before attempt {@code n} (2, 3, …). */
    Duration pauseBefore(int n) {
        Duration p = firstPause;
        for (int i = 2; i < n; i++) {
            p = p.multipliedBy(factor);
        }
        return p;
    }

    /** Waits between attempts; tests pass one that only records. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration d) throws InterruptedException;

        static Pause real() {
            return d -> Thread.sleep(d.toMillis());
        }
    }
}
