package org.swarchive.evidence;

import java.math.BigDecimal;
import java.util.List;

/** How a slot stands on the as-of date, with the records that went towards it. */
public record SlotOutcome(EvidenceSlot slot, Status status, List<String> evidence, BigDecimal sum) {

    public enum Status {
        /** Enough matching documents (or their values add up). */
        FILLED,
        /** Due on or before the as-of date and not filled. */
        GAP,
        /** Not filled, but not due yet either: listed, never counted against the station. */
        UPCOMING
    }

    public SlotOutcome {
        evidence = List.copyOf(evidence);
    }
}
