package org.swarchive.inspect;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.swarchive.access.AccessGrant;
import org.swarchive.access.AccessPolicy;
import org.swarchive.access.AccessRequest;
import org.swarchive.access.InspectionWindow;
import org.swarchive.access.Role;
import org.swarchive.archive.Confidentiality;
import org.swarchive.i18n.Message;
import org.swarchive.store.NodeGrants;
import org.swarchive.store.StoreException;
import org.swarchive.store.StationState;

/**
 * Gives and takes back the station's recorded grants as their windows and requests start and end.
 * The repository's permissions never expire, so this is what ends them: {@code swa watch},
 * {@code swa serve} (every minute) and every {@code swa inspect} / {@code swa access} command run
 * it. It keeps nothing itself — a new process (a restart, another replica) reads the grants and
 * what they serve from the station's notes and does what is due — and it removes only the
 * permissions a grant recorded as its own.
 */
public final class GrantSweep {

    static final String CLAIMS = AccessLedger.AREA + "/claims";
    /** A claim older than this was left by a process that stopped while holding it. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(15);

    /** What one sweep did to one grant: the step, and on how many nodes permissions changed. */
    public record Change(AccessGrant.Source source, String id, String authority, AccessGrant.Step step, int nodes) {
    }

    private final StationState state;
    private final NodeGrants acl;

    public GrantSweep(StationState state, NodeGrants acl) {
        this.state = state;
        this.acl = acl;
    }

    /** Does what is due at {@code now}; a grant another process is working on is left to it. */
    public List<Change> run(Instant now) {
        AccessGrants grants = new AccessGrants(state);
        Map<String, InspectionWindow> windows = new InspectionWindowStore(state).all().stream()
                .collect(Collectors.toMap(InspectionWindow::id, Function.identity(), (a, b) -> a));
        Map<String, AccessRequest> requests = new AccessLedger(state).requests().stream()
                .collect(Collectors.toMap(AccessRequest::id, Function.identity(), (a, b) -> a));
        List<Change> changes = new ArrayList<>();
        for (AccessGrant listed : grants.all()) {
            Span span = span(listed, windows, requests);
            if (listed.due(span.start(), span.end(), now) == AccessGrant.Step.NOTHING || !claim(listed, now)) {
                continue;
            }
            try {
                // Read again under the claim: another process may have finished it meanwhile.
                AccessGrant g = grants.find(listed.source(), listed.sourceId()).orElse(listed);
                AccessGrant.Step step = g.due(span.start(), span.end(), now);
                if (step == AccessGrant.Step.GRANT) {
                    changes.add(new Change(g.source(), g.sourceId(), g.authority(), step, grant(grants, g, now)));
                } else if (step == AccessGrant.Step.REVOKE) {
                    changes.add(new Change(g.source(), g.sourceId(), g.authority(), step, revoke(grants, g, now)));
                }
            } finally {
                release(listed);
            }
        }
        return changes;
    }

    /**
     * Takes these nodes out of every grant that must never reach a sensitive record — every
     * window's, and an evaluator's request — removing the permission where the grant set it.
     * Returns how many permissions were removed.
     */
    public int withdraw(Set<String> nodes, Instant now) {
        AccessGrants grants = new AccessGrants(state);
        Map<String, AccessRequest> requests = new AccessLedger(state).requests().stream()
                .collect(Collectors.toMap(AccessRequest::id, Function.identity(), (a, b) -> a));
        int removed = 0;
        for (AccessGrant listed : grants.all()) {
            // A window's grant goes to evaluators; a request's to the role it was asked in.
            Role to = listed.source() == AccessGrant.Source.WINDOW ? Role.EVALUATOR
                    : Optional.ofNullable(requests.get(listed.sourceId())).map(AccessRequest::role).orElse(null);
            if (!AccessPolicy.neverReads(to, Confidentiality.SENSITIVE) || listed.state() == AccessGrant.State.REVOKED
                    || nodes.stream().noneMatch(n -> listed.candidates().contains(n) || listed.added().contains(n))) {
                continue;
            }
            claimWaiting(listed, now);
            try {
                AccessGrant g = grants.find(listed.source(), listed.sourceId()).orElse(listed);
                for (String node : nodes) {
                    if (g.added().contains(node) && acl.revoke(node, g.authority(), g.role())) {
                        removed++;
                    }
                    g = g.without(node, now);
                }
                grants.save(g);
            } finally {
                release(listed);
            }
        }
        return removed;
    }

    private int grant(AccessGrants grants, AccessGrant g, Instant now) {
        // Only nodes that do not hold the permission already become the grant's own: what
        // someone else gave stays when the grant ends.
        Set<String> missing = new LinkedHashSet<>();
        for (String node : g.candidates()) {
            if (!g.added().contains(node) && !acl.holds(node, g.authority(), g.role())) {
                missing.add(node);
            }
        }
        AccessGrant granting = g.granting(missing, now);
        grants.save(granting);
        int set = 0;
        for (String node : granting.added()) {
            if (acl.grant(node, g.authority(), g.role())) {
                set++;
            }
        }
        grants.save(granting.granted(now));
        return set;
    }

    private int revoke(AccessGrants grants, AccessGrant g, Instant now) {
        int removed = 0;
        for (String node : g.added()) {
            if (acl.revoke(node, g.authority(), g.role())) {
                removed++;
            }
        }
        grants.save(g.revoked(now));
        return removed;
    }

    private record Span(Instant start, Instant end) {
    }

    /**
     * When the source's access runs: a request not yet approved has not started; a window or
     * request that is no longer recorded has ended.
     */
    private static Span span(AccessGrant g, Map<String, InspectionWindow> windows, Map<String, AccessRequest> requests) {
        Span gone = new Span(Instant.MIN, Instant.MIN);
        if (g.source() == AccessGrant.Source.WINDOW) {
            InspectionWindow w = windows.get(g.sourceId());
            return w == null ? gone : new Span(w.from(), w.effectiveEnd());
        }
        AccessRequest q = requests.get(g.sourceId());
        return q == null ? gone : q.approval().map(a -> new Span(a.at(), a.until())).orElse(new Span(Instant.MAX, Instant.MAX));
    }

    private static String claimName(AccessGrant g) {
        return g.source().name().toLowerCase(java.util.Locale.ROOT) + "-" + g.sourceId();
    }

    /** Of two processes sweeping at once, one works on a grant; a claim left by a stopped process is taken over. */
    private boolean claim(AccessGrant g, Instant now) {
        String name = claimName(g);
        if (state.create(CLAIMS, name, now.toString())) {
            return true;
        }
        boolean stale = state.read(CLAIMS, name).map(at -> {
            try {
                return Instant.parse(at.trim()).plus(STALE_CLAIM).isBefore(now);
            } catch (DateTimeParseException unreadable) {
                return true;
            }
        }).orElse(true);
        if (!stale) {
            return false;
        }
        state.delete(CLAIMS, name);
        return state.create(CLAIMS, name, now.toString());
    }

    private void release(AccessGrant g) {
        state.delete(CLAIMS, claimName(g));
    }

    /** Waits a little for a sweep running elsewhere to finish with the grant. */
    private void claimWaiting(AccessGrant g, Instant now) {
        for (int attempt = 0; !claim(g, now); attempt++) {
            if (attempt >= 100) {
                throw new StoreException(Message.of("inspect.grant.busy", claimName(g)), null);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException(Message.of("inspect.interrupted"), e);
            }
        }
    }
}
