package org.swarchive.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Read access that must end by itself, in a repository whose permissions never expire: what an
 * inspection window or an approved access request grants, to whom, on which nodes, and how far
 * the grant has got. The grant is recorded before any permission is set, and lists exactly the
 * nodes that did not hold the permission already, so that taking it back removes only what the
 * grant added.
 *
 * @param source     what the grant is for
 * @param sourceId   the window's or the request's id
 * @param authority  who receives it: an evaluator group, or the requesting user
 * @param role       the repository's role name, e.g. {@code Consumer}
 * @param candidates the nodes the grant is meant to reach
 * @param added      the nodes on which the grant set the permission itself (a subset of candidates)
 */
public record AccessGrant(Source source, String sourceId, String authority, String role, State state,
                          List<String> candidates, List<String> added, Instant changedAt) {

    /** What a grant serves. */
    public enum Source {
        WINDOW, REQUEST
    }

    /** How far a grant has got; each step is recorded before the next begins. */
    public enum State {
        /** Decided, nothing set yet (a window that starts later, or a run stopped before granting). */
        PLANNED,
        /** The nodes to receive it are recorded; setting the permission may have stopped half-way. */
        GRANTING,
        GRANTED,
        /** Taken back (or never given): final. */
        REVOKED
    }

    /** What a sweep must do about a grant now. */
    public enum Step {
        NOTHING, GRANT, REVOKE
    }

    public AccessGrant {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(changedAt, "changedAt");
        candidates = List.copyOf(new LinkedHashSet<>(candidates));
        added = List.copyOf(new LinkedHashSet<>(added));
    }

    /** A grant decided but not yet given. */
    public static AccessGrant planned(Source source, String sourceId, String authority, String role, List<String> candidates,
                                      Instant at) {
        return new AccessGrant(source, sourceId, authority, role, State.PLANNED, candidates, List.of(), at);
    }

    /**
     * What is due at {@code at}, for access that runs from {@code start} until {@code end}: once the
     * end has come, the permission goes (whatever state the grant is in, so a grant stopped
     * half-way is taken back too); between start and end a grant not yet complete is given (or
     * finished); otherwise nothing.
     */
    public Step due(Instant start, Instant end, Instant at) {
        if (state == State.REVOKED) {
            return Step.NOTHING;
        }
        if (!at.isBefore(end)) {
            return Step.REVOKE;
        }
        return !at.isBefore(start) && state != State.GRANTED ? Step.GRANT : Step.NOTHING;
    }

    /** The nodes about to receive the permission, recorded before it is set. */
    public AccessGrant granting(Set<String> missing, Instant at) {
        List<String> nodes = new ArrayList<>(added);
        nodes.addAll(missing);
        return new AccessGrant(source, sourceId, authority, role, State.GRANTING, candidates, nodes, at);
    }

    public AccessGrant granted(Instant at) {
        return new AccessGrant(source, sourceId, authority, role, State.GRANTED, candidates, added, at);
    }

    public AccessGrant revoked(Instant at) {
        return new AccessGrant(source, sourceId, authority, role, State.REVOKED, candidates, added, at);
    }

    /** The grant without one node, e.g. a record that has become sensitive and was taken back early. */
    public AccessGrant without(String node, Instant at) {
        return new AccessGrant(source, sourceId, authority, role, state, candidates.stream().filter(n -> !n.equals(node)).toList(),
                added.stream().filter(n -> !n.equals(node)).toList(), at);
    }
}
