package org.swarchive.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;

/**
 * A request to read a restricted record, with a purpose. The station head approves it for a
 * period; like an inspection window the grant then ends by itself.
 */
public record AccessRequest(String id, String requester, Role role, String record, String purpose, Instant requestedAt,
                            Optional<Approval> approval) {

    /** Who approved, when, and until when the grant runs. */
    public record Approval(String approvedBy, Instant at, Instant until) {
        public Approval {
            Objects.requireNonNull(approvedBy, "approvedBy");
            if (!until.isAfter(at)) {
                throw new IllegalArgumentException("an approval must end after it is given");
            }
        }
    }

    public AccessRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(approval, "approval");
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInput(Message.of("access.request.no-purpose"));
        }
    }

    public boolean grantsAt(Instant at) {
        return approval.map(a -> !at.isBefore(a.at()) && at.isBefore(a.until())).orElse(false);
    }

    public AccessRequest approved(String by, Instant at, Instant until) {
        return new AccessRequest(id, requester, role, record, purpose, requestedAt, Optional.of(new Approval(by, at, until)));
    }
}
