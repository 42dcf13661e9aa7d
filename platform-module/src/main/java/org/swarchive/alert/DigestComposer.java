package org.swarchive.alert;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.swarchive.access.InspectionWindow;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.Gap;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/** Works out what a digest or an immediate alert says, from a check and what was said before. Pure. */
public final class DigestComposer {

    /** Gaps not yet announced to the station head. */
    static Predicate<Gap> notAnnounced(AlertState state) {
        return g -> !state.announced().contains(GapNote.keyOf(g));
    }

    /** Slots coming due within so many days of the as-of date. */
    static Predicate<Gap> dueWithin(int days) {
        return g -> -g.overdueDays() <= days;
    }

    public Digest digest(String station, Assessment a, AlertState state, int withinDays,
                         List<DisposalProposals.PendingProposal> proposals, List<InspectionWindow.Change> windows) {
        return digest(station, a, state, withinDays, proposals, windows, List.of());
    }

    /** The digest with the score sheets filed since the last one. */
    public Digest digest(String station, Assessment a, AlertState state, int withinDays,
                         List<DisposalProposals.PendingProposal> proposals, List<InspectionWindow.Change> windows,
                         List<Digest.Evaluation> evaluations) {
        Set<String> open = a.gaps().stream().map(GapNote::keyOf).collect(Collectors.toSet());
        List<GapNote> closed = state.openAtLastDigest().stream().filter(n -> !open.contains(n.key())).toList();
        return new Digest(Digest.Kind.DIGEST, station, a.framework().title(), a.period().label(), a.asOf(), a.score(),
                grade(a), withinDays, byMostOverdue(a.gaps()),
                a.upcoming().stream().filter(dueWithin(withinDays)).sorted(Comparator.comparing(Gap::due)).toList(),
                byMostOverdue(a.gaps().stream().filter(notAnnounced(state)).toList()), closed, proposals, windows, evaluations);
    }

    /** An immediate alert for gaps that have become overdue and were never announced; empty when there are none. */
    public Optional<Digest> overdueNow(String station, Assessment a, AlertState state) {
        List<Gap> fresh = byMostOverdue(a.gaps().stream().filter(notAnnounced(state)).toList());
        if (fresh.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Digest(Digest.Kind.OVERDUE, station, a.framework().title(), a.period().label(), a.asOf(),
                a.score(), grade(a), 0, fresh, List.of(), fresh, List.of(), List.of(), List.of()));
    }

    private static Text grade(Assessment a) {
        return a.grade().<Text>map(g -> g.label()).orElse(Message.of("digest.no-grade"));
    }

    private static List<Gap> byMostOverdue(List<Gap> gaps) {
        return gaps.stream().sorted(Comparator.comparingLong(Gap::overdueDays).reversed()
                .thenComparing(Gap::indicator)).toList();
    }
}
