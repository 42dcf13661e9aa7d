package org.swarchive.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.swarchive.check.CheckResult;
import org.swarchive.store.Station;

/**
 * Runs the alert schedule inside the long-running service ({@code swa serve --alerts}): every
 * {@code every}, and in time for the next station's digest, each station gets a
 * {@link AlertService#tick tick}. One thread; what happened goes to the reporter, failures
 * included, so nothing is dropped silently.
 */
public final class AlertSchedule implements AutoCloseable {

    private final AlertService service;
    private final List<Station> stations;
    private final Function<Station, CheckResult> check;
    private final Function<Station, AlertSettings> settings;
    private final Consumer<AlertService.Outcome> reporter;
    private final Consumer<String> problems;
    private final Duration every;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "swa-alerts");
        t.setDaemon(true);
        return t;
    });

    public AlertSchedule(AlertService service, List<Station> stations, Function<Station, CheckResult> check,
                         Function<Station, AlertSettings> settings, Consumer<AlertService.Outcome> reporter,
                         Consumer<String> problems, Duration every, Clock clock) {
        this.service = service;
        this.stations = List.copyOf(stations);
        this.check = check;
        this.settings = settings;
        this.reporter = reporter;
        this.problems = problems;
        this.every = every;
        this.clock = clock;
    }

    public void start() {
        executor.schedule(this::beat, 0, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        Instant wake = clock.instant().plus(every);
        for (Station s : stations) {
            try {
                AlertSettings st = settings.apply(s);
                AlertService.Outcome o = service.tick(s, () -> check.apply(s), st);
                if (o.status() != AlertService.Status.NOTHING_TO_SEND) {
                    reporter.accept(o);
                }
                Instant next = service.nextDigest(s, st).orElse(wake);
                wake = next.isBefore(wake) ? next : wake;
            } catch (RuntimeException e) {
                // One station's bad settings or unreadable store must not stop the others' alerts.
                problems.accept(s.id() + ": " + e.getMessage());
            }
        }
        long delay = Math.max(1_000, Duration.between(clock.instant(), wake).toMillis());
        if (!executor.isShutdown()) {
            executor.schedule(this::beat, delay, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
