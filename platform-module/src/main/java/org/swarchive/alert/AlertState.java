package org.swarchive.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What alerts have already told a station's head, kept in the station's store
 * ({@code .swa/alerts/state.json} in a folder store): since when the station is watched, when the
 * last digest went out and which gaps were open then, every gap already announced as new, and
 * the recent deliveries that failed.
 */
public record AlertState(Instant since, Instant lastDigest, List<GapNote> openAtLastDigest, Set<String> announced,
                         List<Failure> failures) {

    /** Failures kept for the report; older ones are dropped. */
    static final int FAILURES_KEPT = 20;

    public AlertState {
        openAtLastDigest = List.copyOf(openAtLastDigest);
        announced = Set.copyOf(announced);
        failures = List.copyOf(failures);
    }

    public static AlertState start(Instant now) {
        return new AlertState(now, null, List.of(), Set.of(), List.of());
    }

    /** A delivery that failed after every attempt: when, which kind, how often it was tried, why. */
    public record Failure(Instant at, String kind, int attempts, String reason) {
    }

    /** After a digest went out: the open gaps become the baseline, and all of them count as announced. */
    AlertState afterDigest(Instant at, List<GapNote> open) {
        return new AlertState(since, at, open, union(open), failures);
    }

    /** After an immediate alert: its gaps count as announced; the digest baseline stays. */
    AlertState afterAnnouncing(List<GapNote> gaps) {
        return new AlertState(since, lastDigest, openAtLastDigest, union(gaps), failures);
    }

    AlertState withFailure(Failure f) {
        List<Failure> kept = new ArrayList<>(failures);
        kept.add(f);
        return new AlertState(since, lastDigest, openAtLastDigest, announced,
                kept.subList(Math.max(0, kept.size() - FAILURES_KEPT), kept.size()));
    }

    private Set<String> union(List<GapNote> gaps) {
        Set<String> all = new LinkedHashSet<>(announced);
        gaps.forEach(g -> all.add(g.key()));
        return all;
    }
}
