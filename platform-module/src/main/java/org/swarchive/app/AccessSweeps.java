package org.swarchive.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.swarchive.access.AccessGrant;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.inspect.GrantSweep;
import org.swarchive.store.NodeGrants;
import org.swarchive.store.Station;
import org.swarchive.store.StationState;
import org.swarchive.store.StoreException;
import org.swarchive.store.alfresco.AlfrescoPermissions;
import org.swarchive.store.alfresco.AlfrescoStore;

/**
 * Runs the grant sweep ({@link GrantSweep}) where the CLI needs it: first thing in every
 * {@code swa inspect} and {@code swa access} command, and every minute in {@code swa serve} and
 * {@code swa watch} for their stations in Alfresco. Alfresco's permissions never expire, so this
 * is what takes an ended window's or request's access back.
 */
final class AccessSweeps implements AutoCloseable {

    static final Duration EVERY = Duration.ofMinutes(1);
    /** How long closing waits for a round under way. */
    static final Duration FINISH = Duration.ofSeconds(30);

    /** A station to sweep: its name for messages, its notes and its permissions. */
    private record Target(String name, StationState state, NodeGrants grants) {
    }

    private final ScheduledExecutorService timer;

    private AccessSweeps(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** One station's sweep now; failures are the caller's. */
    static List<GrantSweep.Change> sweep(OpenStation s, Clock clock) {
        return s.grants().map(g -> new GrantSweep(s.station().state(), g).run(clock.instant())).orElse(List.of());
    }

    /** What a command runs first: what it took back is said; a failure is said too, and the command goes on. */
    static void before(OpenStation s, Clock clock, PrintWriter out, PrintWriter err, Language lang) {
        try {
            report(s.station().id(), sweep(s, clock), out, lang);
        } catch (StoreException e) {
            warn(s.station().id(), e, err, lang);
        }
    }

    static void report(String station, List<GrantSweep.Change> changes, PrintWriter out, Language lang) {
        for (GrantSweep.Change c : changes) {
            String key = c.source() == AccessGrant.Source.WINDOW
                    ? c.step() == AccessGrant.Step.REVOKE ? "inspect.sweep.window-revoked" : "inspect.sweep.window-granted"
                    : c.step() == AccessGrant.Step.REVOKE ? "inspect.sweep.request-revoked" : "inspect.sweep.request-granted";
            out.println(station + "：" + Message.of(key, c.id(), c.authority(), c.nodes()).in(lang));
        }
        out.flush();
    }

    /** The served stations that are in Alfresco, swept now and then every minute until closed. */
    static AccessSweeps start(List<Station> stations, Clock clock, PrintWriter out, PrintWriter err, Language lang) {
        return start(stations, EVERY, clock, out, err, lang);
    }

    static AccessSweeps start(List<Station> stations, Duration every, Clock clock, PrintWriter out, PrintWriter err, Language lang) {
        List<Target> targets = new ArrayList<>();
        for (Station s : stations) {
            if (s.archive() instanceof AlfrescoStore a) {
                targets.add(new Target(s.id(), s.state(), new AlfrescoPermissions(a.client())));
            }
        }
        return every(targets, every, clock, out, err, lang);
    }

    private static AccessSweeps every(List<Target> targets, Duration every, Clock clock, PrintWriter out, PrintWriter err, Language lang) {
        Runnable sweep = () -> targets.forEach(t -> {
            // On the timer's thread nobody else would see a failure: say it, and try again next minute.
            try {
                report(t.name(), new GrantSweep(t.state(), t.grants()).run(clock.instant()), out, lang);
            } catch (RuntimeException e) {
                warn(t.name(), e, err, lang);
            }
        });
        sweep.run();
        if (targets.isEmpty()) {
            return new AccessSweeps(null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "swa-access-sweep");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(sweep, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return new AccessSweeps(timer);
    }

    private static void warn(String station, RuntimeException e, PrintWriter err, Language lang) {
        String reason = e instanceof StoreException s ? s.reason().in(lang) : String.valueOf(e.getMessage());
        err.println("swa: " + Message.of("inspect.sweep.failed", station, reason).in(lang));
        err.flush();
    }

    /**
     * Stops the rounds. A round under way is let finish (up to {@link #FINISH}) rather than cut off
     * half-way, so what it changed in the repository is recorded and reported before this returns.
     */
    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdown();
        try {
            if (!timer.awaitTermination(FINISH.toMillis(), TimeUnit.MILLISECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
