package org.swarchive.alert;

import java.time.LocalDate;
import java.util.List;
import org.swarchive.store.Station;

/**
 * Disposal proposals waiting for the station head's approval, for the digest. The retention
 * issue fills this in; until then there are none.
 */
@FunctionalInterface
public interface DisposalProposals {

    List<PendingProposal> awaitingApproval(Station station);

    /** A proposal to destroy records whose retention ran out: never automatic, the head approves it. */
    record PendingProposal(String id, String title, int records, LocalDate proposedOn) {
    }

    static DisposalProposals none() {
        return station -> List.of();
    }
}
