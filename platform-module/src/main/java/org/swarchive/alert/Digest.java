package org.swarchive.alert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.swarchive.archive.LocalizedText;
import org.swarchive.evidence.Gap;
import org.swarchive.i18n.Text;

/**
 * What a station head is told: for the weekly {@link Kind#DIGEST}, everything below; for an
 * immediate {@link Kind#OVERDUE} alert, just the gaps that have just become overdue.
 *
 * @param overdue  every gap open now (all are overdue: a gap is a slot past its due date)
 * @param dueSoon  slots coming due within the digest's window, soonest first
 * @param newGaps  gaps never announced before
 * @param closed   gaps open at the last digest that are filled now
 */
public record Digest(Kind kind, String station, LocalizedText framework, String period, LocalDate asOf, BigDecimal score,
                     Text grade, int withinDays, List<Gap> overdue, List<Gap> dueSoon, List<Gap> newGaps,
                     List<GapNote> closed, List<DisposalProposals.PendingProposal> proposals,
                     List<InspectionCalendar.WindowChange> windows) {

    public enum Kind { DIGEST, OVERDUE }

    public Digest {
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
        newGaps = List.copyOf(newGaps);
        closed = List.copyOf(closed);
        proposals = List.copyOf(proposals);
        windows = List.copyOf(windows);
    }
}
