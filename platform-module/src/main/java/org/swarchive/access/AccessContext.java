package org.swarchive.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** What a decision is made against: the inspection windows, the access requests, and the moment. */
public record AccessContext(Collection<InspectionWindow> windows, Collection<AccessRequest> requests, Instant at) {
    public AccessContext {
        windows = List.copyOf(windows);
        requests = List.copyOf(requests);
    }

    public static AccessContext at(Instant at) {
        return new AccessContext(List.of(), List.of(), at);
    }

    public AccessContext withWindows(Collection<InspectionWindow> w) {
        return new AccessContext(w, requests, at);
    }

    public AccessContext withRequests(Collection<AccessRequest> r) {
        return new AccessContext(windows, r, at);
    }
}
