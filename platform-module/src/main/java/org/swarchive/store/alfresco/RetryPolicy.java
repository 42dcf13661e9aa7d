package org.swarchive.store.alfresco;

import java.time.Duration;

/**
 * The Alfresco store's retry settings as they were given before the client used Spring's retry:
 * {@code attempts} tries, the first pause {@code firstPause}, doubling. Only a way to say
 * {@link AlfrescoClient#retrying(int, Duration)} for the callers not yet moved to
 * {@link AlfrescoClient#connect(String, AlfrescoCredentials, org.springframework.core.retry.RetryPolicy)};
 * the retrying itself is Spring's {@link org.springframework.core.retry.RetryTemplate}, which waits
 * on its own: the {@code sleeper} is no longer asked.
 *
 * @deprecated pass {@link AlfrescoClient#standardRetry()} or {@link AlfrescoClient#retrying(int, Duration)}
 */
@Deprecated
public record RetryPolicy(int attempts, Duration firstPause, Sleeper sleeper) {

    /** Waits; the filing claim's pause between looks at another filer's claim still takes one. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /** Three tries, 0.5 s then 1 s apart ({@link AlfrescoClient#standardRetry()}). */
    public static RetryPolicy standard() {
        return new RetryPolicy(3, Duration.ofMillis(500), pause -> Thread.sleep(pause.toMillis()));
    }

    /** The same tries and pauses as Spring's policy. */
    org.springframework.core.retry.RetryPolicy spring() {
        return AlfrescoClient.retrying(attempts, firstPause);
    }
}
