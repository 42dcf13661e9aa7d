package org.swarchive.retry;

import java.time.Duration;

/** How the pause between two attempts is waited: really, or (in tests) only recorded. */
@FunctionalInterface
public interface Pause {

    void sleep(Duration pause) throws InterruptedException;

    /** The real wait, left to Spring's retry template (which stops retrying when the thread is interrupted). */
    static Pause real() {
        return Real.INSTANCE;
    }

    /** The marker {@link Retries} recognises to let Spring wait. */
    enum Real implements Pause {
        INSTANCE;

        @Override
        public void sleep(Duration pause) throws InterruptedException {
            Thread.sleep(pause.toMillis());
        }
    }
}
