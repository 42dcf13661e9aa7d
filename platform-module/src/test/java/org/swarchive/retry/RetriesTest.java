package org.swarchive.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.retry.RetryException;

class RetriesTest {

    final List<Duration> pauses = new ArrayList<>();
    final AtomicInteger calls = new AtomicInteger();

    @Test
    void should_try_again_with_growing_pauses_when_the_failure_is_passing() {
        var retry = new Retries(3, Duration.ofSeconds(5), 5).template(e -> e instanceof IOException, pauses::add);

        assertThatThrownBy(() -> retry.execute(() -> {
            calls.incrementAndGet();
            throw new IOException("busy");
        })).isInstanceOf(RetryException.class).hasCauseInstanceOf(IOException.class);

        assertThat(calls).hasValue(3);
        assertThat(pauses).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(25));
    }

    @Test
    void should_stop_at_once_when_the_failure_is_not_passing() {
        var retry = new Retries(3, Duration.ofSeconds(5), 5).template(e -> e instanceof IOException, pauses::add);

        assertThatThrownBy(() -> retry.execute(() -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(RetryException.class).hasCauseInstanceOf(IllegalArgumentException.class);

        assertThat(calls).hasValue(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void should_return_what_a_later_attempt_gives_when_an_earlier_one_failed() throws RetryException {
        var retry = new Retries(4, Duration.ofMillis(500), 2).template(e -> true, pauses::add);

        String got = retry.execute(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new IOException("restarting");
            }
            return "ok";
        });

        assertThat(got).isEqualTo("ok");
        assertThat(pauses).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void should_keep_growing_the_pause_when_it_passes_springs_default_ceiling() {
        var retry = new Retries(3, Duration.ofSeconds(10), 5).template(e -> true, pauses::add);

        assertThatThrownBy(() -> retry.execute(() -> {
            throw new IOException("down");
        })).isInstanceOf(RetryException.class);

        assertThat(pauses).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(50));
    }

    @Test
    void should_stop_trying_when_the_thread_is_interrupted_while_it_waits() {
        var retry = new Retries(5, Duration.ofMinutes(1), 1).template(e -> true, Pause.real());
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> retry.execute(() -> {
                calls.incrementAndGet();
                throw new IOException("down");
            })).isInstanceOf(RetryException.class);
            assertThat(calls).hasValue(1);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void should_refuse_settings_that_cannot_be_tried() {
        assertThatThrownBy(() -> new Retries(0, Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Retries(1, Duration.ofSeconds(-1), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Retries(1, Duration.ZERO, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
