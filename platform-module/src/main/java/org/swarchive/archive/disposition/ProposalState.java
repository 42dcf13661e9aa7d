package org.swarchive.archive.disposition;

import java.util.List;
import java.util.Optional;
import org.swarchive.archive.LocalizedText;

/** Where a disposal proposal stands. */
public enum ProposalState {
    PROPOSED("待审批", "awaiting approval"),
    APPROVED("已批准，待执行", "approved, awaiting execution"),
    INTERRUPTED("执行未完成，可继续执行", "execution interrupted: run execute again to resume"),
    EXECUTED("已执行", "executed"),
    WITHDRAWN("已撤回", "withdrawn");

    private final LocalizedText label;

    ProposalState(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
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
