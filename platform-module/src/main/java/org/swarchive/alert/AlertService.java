package org.swarchive.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.swarchive.access.InspectionWindow;
import org.swarchive.i18n.Language;
import org.swarchive.check.CheckResult;
import org.swarchive.evidence.Assessment;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.retry.Pause;
import org.swarchive.retry.Retries;
import org.swarchive.store.Station;

/**
 * Sends a station's digest and immediate overdue alerts, remembering in the station's store what
 * was said, so that no gap is announced as new twice — across restarts and replicas, which take a
 * short lease on the station before they look. A delivery is retried as its {@link Retries} say
 * (Spring's retry template); one that still fails is recorded in the state and reported, and the
 * gaps stay unannounced for next time.
 */
public final class AlertService {

    /** Long enough for a check and a few attempts; a replica that dies frees the station after it. */
    static final Duration LEASE = Duration.ofMinutes(10);

    /** Three attempts, 5 s then 25 s apart: a mail server's hiccup loses no alert, a dead one does not hold the schedule up. */
    public static final Retries RETRIES = new Retries(3, Duration.ofSeconds(5), 5);

    private final DigestComposer composer = new DigestComposer();
    private final AlertNotes notes = new AlertNotes();
    private final DigestMail mail;
    private final AlertChannel channel;
    private final RetryTemplate retry;
    private final Clock clock;
    private final DisposalProposals proposals;

    public AlertService(DigestMail mail, AlertChannel channel, Retries retries, Pause pause, Clock clock,
                        DisposalProposals proposals) {
        this.mail = mail;
        this.channel = channel;
        // A refusal (a bad address, a bad login) stays a refusal: only a passing failure is tried again.
        this.retry = retries.template(e -> e instanceof AlertChannel.DeliveryException d && !d.permanent(), pause);
        this.clock = clock;
        this.proposals = proposals;
    }

    public enum Status {
        SENT, NOTHING_TO_SEND, NO_RECIPIENTS, BUSY, DRY_RUN, FAILED;

        public boolean failed() {
            return this == FAILED || this == NO_RECIPIENTS;
        }
    }

    /** What happened to one station's alert: the mail (null when none was written), attempts, the reason of a failure. */
    public record Outcome(String station, Digest.Kind kind, Status status, int attempts, String reason, AlertMail mail) {
    }

    /** The digest, now ({@code swa alerts send}). A dry run writes it but neither sends it nor changes the state. */
    public Outcome digest(Station station, CheckResult check, AlertSettings settings, boolean dryRun) {
        return underLease(station, Digest.Kind.DIGEST, dryRun, state -> digestPlan(station, check, state, settings), settings);
    }

    private Optional<Plan> digestPlan(Station station, CheckResult check, AlertState state, AlertSettings settings) {
        Assessment a = check.assessment();
        Digest d = composer.digest(station.id(), a, state, settings.withinDays(), proposals.awaitingApproval(station),
                InspectionWindow.changesBetween(new InspectionWindowStore(station.state()).all(), a.asOf(),
                        a.asOf().plusDays(settings.withinDays()), clock.getZone()),
                Evaluations.filedSince(station, a, state.lastDigest()));
        List<GapNote> open = a.gaps().stream().map(GapNote::of).toList();
        return Optional.of(new Plan(d, state.afterDigest(clock.instant(), open)));
    }

    private Optional<Plan> overduePlan(Station station, CheckResult check, AlertState state) {
        return composer.overdueNow(station.id(), check.assessment(), state)
                .map(d -> new Plan(d, state.afterAnnouncing(d.newGaps().stream().map(GapNote::of).toList())));
    }

    /** An immediate alert for gaps that have just become overdue; nothing when there are none. */
    public Outcome overdue(Station station, CheckResult check, AlertSettings settings, boolean dryRun) {
        return underLease(station, Digest.Kind.OVERDUE, dryRun, state -> overduePlan(station, check, state), settings);
    }

    /**
     * One beat of the schedule: the digest when the station's cron time has come since the last
     * one (or since it was first watched — a digest missed while the service was down goes out
     * late, once), otherwise an immediate alert if a gap has just become overdue. Decided under
     * the lease, on the state as the last replica left it.
     */
    public Outcome tick(Station station, Supplier<CheckResult> check, AlertSettings settings) {
        return underLease(station, Digest.Kind.OVERDUE, false, state -> digestDue(state, settings)
                ? digestPlan(station, check.get(), state, settings) : overduePlan(station, check.get(), state), settings);
    }

    private boolean digestDue(AlertState state, AlertSettings settings) {
        return next(state, settings).filter(at -> !at.isAfter(clock.instant())).isPresent();
    }

    private Optional<Instant> next(AlertState state, AlertSettings settings) {
        Instant base = state.lastDigest() != null ? state.lastDigest() : state.since();
        return Optional.ofNullable(settings.cron().next(base.atZone(clock.getZone()))).map(ZonedDateTime::toInstant);
    }

    /** When the station's next digest is due by its cron, for the scheduler to wake in time. */
    public Optional<Instant> nextDigest(Station station, AlertSettings settings) {
        return next(notes.read(station.state()).orElse(AlertState.start(clock.instant())), settings);
    }

    /** The state, written once when the station is first watched so its digest schedule has a start. */
    private AlertState stateOf(Station station) {
        return notes.read(station.state()).orElseGet(() -> {
            AlertState fresh = AlertState.start(clock.instant());
            notes.write(station.state(), fresh);
            return fresh;
        });
    }

    /** A digest to send and the state to keep once it is sent. */
    private record Plan(Digest digest, AlertState after) {
    }

    private interface Planner {
        Optional<Plan> plan(AlertState state);
    }

    private Outcome underLease(Station station, Digest.Kind kind, boolean dryRun, Planner planner, AlertSettings settings) {
        if (dryRun) {
            AlertState state = notes.read(station.state()).orElse(AlertState.start(clock.instant()));
            return planner.plan(state).map(p -> new Outcome(station.id(), p.digest().kind(), Status.DRY_RUN, 0, null,
                            render(p, settings)))
                    .orElse(new Outcome(station.id(), kind, Status.NOTHING_TO_SEND, 0, null, null));
        }
        Optional<AlertNotes.Lease> lease = notes.take(station.state(), clock.instant(), LEASE);
        if (lease.isEmpty()) {
            return new Outcome(station.id(), kind, Status.BUSY, 0, "another replica is sending this station's alerts", null);
        }
        try {
            AlertState state = stateOf(station);
            Optional<Plan> plan = planner.plan(state);
            if (plan.isEmpty()) {
                return new Outcome(station.id(), kind, Status.NOTHING_TO_SEND, 0, null, null);
            }
            AlertMail m = render(plan.get(), settings);
            Digest.Kind sent = plan.get().digest().kind();
            if (m.to().isEmpty()) {
                return new Outcome(station.id(), sent, Status.NO_RECIPIENTS, 0, "no recipients", m);
            }
            Delivery delivery = deliver(station, m);
            if (delivery.error() == null) {
                notes.write(station.state(), plan.get().after());
                return new Outcome(station.id(), sent, Status.SENT, delivery.attempts(), null, m);
            }
            notes.write(station.state(), state.withFailure(new AlertState.Failure(clock.instant(), sent.name(),
                    delivery.attempts(), delivery.error())));
            return new Outcome(station.id(), sent, Status.FAILED, delivery.attempts(), delivery.error(), m);
        } finally {
            notes.release(station.state(), lease.get());
        }
    }

    private AlertMail render(Plan p, AlertSettings settings) {
        Language lang = settings.language();
        return mail.render(p.digest(), settings.recipients(), lang);
    }

    private record Delivery(int attempts, String error) {
    }

    private Delivery deliver(Station station, AlertMail m) {
        AtomicInteger attempts = new AtomicInteger();
        try {
            retry.execute(() -> {
                attempts.incrementAndGet();
                channel.deliver(station, m);
                return attempts.get();
            });
            return new Delivery(attempts.get(), null);
        } catch (RetryException failed) {
            if (!(failed.getCause() instanceof AlertChannel.DeliveryException last)) {
                throw failed.getCause() instanceof RuntimeException e ? e : new IllegalStateException(failed.getCause());
            }
            return new Delivery(attempts.get(), Thread.currentThread().isInterrupted() ? "interrupted: " + last.getMessage()
                    : last.getMessage());
        }
    }
}
