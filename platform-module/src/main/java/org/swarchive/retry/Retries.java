package org.swarchive.retry;

import java.time.Duration;
import java.util.function.Predicate;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How patiently something is tried: at most {@code attempts} times in all, pausing
 * {@code firstPause} before the second attempt and {@code multiplier} times longer before each
 * one after it (no ceiling). {@link #template} makes it Spring's {@link RetryTemplate}, which
 * retries only the failures a predicate calls passing.
 */
public record Retries(int attempts, Duration firstPause, double multiplier) {

    public Retries {
        if (attempts < 1 || multiplier < 1 || firstPause.isNegative()) {
            throw new IllegalArgumentException("attempts ≥ 1, multiplier ≥ 1, pause ≥ 0: "
                    + attempts + ", " + multiplier + ", " + firstPause);
        }
    }

    /**
     * Spring's retry template for these retries: a failure {@code passing} accepts is tried again,
     * any other ends the trying at once; {@code pause} waits between attempts.
     */
    public RetryTemplate template(Predicate<Throwable> passing, Pause pause) {
        ExponentialBackOff growing = new ExponentialBackOff(firstPause.toMillis(), multiplier);
        growing.setMaxAttempts(attempts - 1L);
        growing.setMaxInterval(Long.MAX_VALUE);
        BackOff backOff = pause instanceof Pause.Real ? growing : recorded(growing, pause);
        return new RetryTemplate(RetryPolicy.builder().backOff(backOff).predicate(passing).build());
    }

    /** The same pauses, handed to {@code pause} to wait (or record) while Spring waits nothing. */
    private static BackOff recorded(BackOff backOff, Pause pause) {
        return () -> {
            BackOffExecution pauses = backOff.start();
            return () -> {
                long next = pauses.nextBackOff();
                if (next == BackOffExecution.STOP) {
                    return BackOffExecution.STOP;
                }
                try {
                    pause.sleep(Duration.ofMillis(next));
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return BackOffExecution.STOP;
                }
                return 0;
            };
        };
    }
}
