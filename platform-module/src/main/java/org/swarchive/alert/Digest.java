package org.swarchive.alert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.swarchive.access.InspectionWindow;
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
                     List<InspectionWindow.Change> windows, List<Evaluation> evaluations) {

    public enum Kind { DIGEST, OVERDUE }

    /** An inspection's score sheet filed since the last digest: its total and grade, its 档号, what the evaluators remarked. */
    public record Evaluation(String window, BigDecimal total, Text grade, String archiveCode, List<Remark> remarks) {
        public Evaluation {
            remarks = List.copyOf(remarks);
        }
    }

    /** A leaf not met in full, or commented on: the verdict, the comment and its author. */
    public record Remark(String indicator, LocalizedText title, org.swarchive.evidence.assessment.Verdict verdict, String comment,
                         String by) {
    }

    /** A digest as before evaluations were part of it. */
    public Digest(Kind kind, String station, LocalizedText framework, String period, LocalDate asOf, BigDecimal score, Text grade,
                  int withinDays, List<Gap> overdue, List<Gap> dueSoon, List<Gap> newGaps, List<GapNote> closed,
                  List<DisposalProposals.PendingProposal> proposals, List<InspectionWindow.Change> windows) {
        this(kind, station, framework, period, asOf, score, grade, withinDays, overdue, dueSoon, newGaps, closed, proposals, windows,
                List.of());
    }

    public Digest {
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
        newGaps = List.copyOf(newGaps);
        closed = List.copyOf(closed);
        proposals = List.copyOf(proposals);
        windows = List.copyOf(windows);
        evaluations = List.copyOf(evaluations);
    }
}
