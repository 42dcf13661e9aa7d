package org.swarchive.archive.disposition;

import java.util.List;
import java.util.Optional;
import org.swarchive.i18n.Message;

/** Where a disposal proposal stands. */
public enum ProposalState {
    PROPOSED(Message.of("archive-disposition.proposal.proposed")),
    APPROVED(Message.of("archive-disposition.proposal.approved")),
    INTERRUPTED(Message.of("archive-disposition.proposal.interrupted")),
    EXECUTED(Message.of("archive-disposition.proposal.executed")),
    WITHDRAWN(Message.of("archive-disposition.proposal.withdrawn"));

    private final Message label;

    ProposalState(Message label) {
        this.label = label;
    }

    public Message label() {
        return label;
    }

    public static ProposalState of(DisposalProposal proposal, List<Approval> approvals, Optional<Execution> execution,
                                   ExecutionProgress progress, Optional<Withdrawal> withdrawal) {
        if (progress.completed()) {
            return EXECUTED;
        }
        if (execution.isPresent()) {
            // Begun is begun: a withdrawal that raced it cannot undo what is already destroyed.
            return INTERRUPTED;
        }
        if (withdrawal.isPresent()) {
            return WITHDRAWN;
        }
        return proposal.missingSignOffs(approvals).isEmpty() ? APPROVED : PROPOSED;
    }
}
