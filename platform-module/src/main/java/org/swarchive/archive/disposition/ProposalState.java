package org.swarchive.archive.disposition;

import java.util.List;
import java.util.Optional;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Wording;

/** Where a disposal proposal stands. */
public enum ProposalState implements Wording {
    PROPOSED,
    APPROVED,
    INTERRUPTED,
    EXECUTED,
    WITHDRAWN;

    public Message label() {
        return message();
    }

    @Override
    public String wording() {
        return "archive-disposition.proposal";
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
