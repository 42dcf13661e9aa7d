package org.swarchive.archive.disposition;

/** A record's place in an open disposal proposal: proposed, or approved and waiting to be executed. */
public record WorkflowMark(String proposalId, DispositionStatus status) {

    public WorkflowMark {
        if (status != DispositionStatus.PROPOSED && status != DispositionStatus.APPROVED) {
            throw new IllegalArgumentException("a proposal marks records proposed or approved, not " + status);
        }
    }
}
