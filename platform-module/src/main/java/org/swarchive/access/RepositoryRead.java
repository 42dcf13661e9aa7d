package org.swarchive.access;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A record's content read in the repository itself (Share, a desktop client, the REST API), as the
 * repository's audit trail logged it, and the access-register line it makes: a read under an
 * approved request of that user for that record, or under an inspection window of a group the
 * user belongs to, takes the purpose, the approver and the end from it; any other read is
 * registered as it happened, its purpose left empty for the archivist to follow up.
 *
 * @param node        the repository's node id of the record
 * @param archiveCode 档号, empty when the record has none (or is gone)
 */
public record RepositoryRead(String user, Instant at, String node, String archiveCode, String title) {

    public RepositoryRead {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(node, "node");
    }

    /**
     * @param requestNodes   the node each approved request was granted on, by request id
     * @param membersByGroup the users of each evaluator group named by a window
     */
    public AccessEntry entry(Collection<AccessRequest> requests, Map<String, String> requestNodes,
                             Collection<InspectionWindow> windows, Map<String, Set<String>> membersByGroup) {
        Optional<AccessRequest> request = requests.stream()
                .filter(q -> q.requester().equals(user) && node.equals(requestNodes.get(q.id())) && q.grantsAt(at))
                .findFirst();
        if (request.isPresent()) {
            AccessRequest.Approval a = request.get().approval().orElseThrow();
            return new AccessEntry(user, "", at, archiveCode, title, request.get().purpose(), a.approvedBy(), AccessMode.ONLINE,
                    a.until());
        }
        Optional<InspectionWindow> window = windows.stream()
                .filter(w -> w.isOpenAt(at) && membersByGroup.getOrDefault(w.evaluatorGroup(), Set.of()).contains(user))
                .findFirst();
        return window.map(w -> new AccessEntry(user, w.unit().in(AccessEntry.REGISTER), at, archiveCode, title,
                        w.purpose().in(AccessEntry.REGISTER), w.openedBy(), AccessMode.ONLINE, w.effectiveEnd()))
                .orElseGet(() -> new AccessEntry(user, "", at, archiveCode, title, "", "", AccessMode.ONLINE, null));
    }
}
