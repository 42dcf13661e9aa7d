package org.swarchive.evidence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A requirement's slots and what they add up to. Readiness is filled ÷ counted, where counted
 * are the slots due or already filled; empty when nothing counts (no slots: not applicable, or
 * nothing due yet), so it does not lower the score.
 */
public record RequirementResult(EvidenceRequirement requirement, List<SlotOutcome> slots) {

    public RequirementResult {
        slots = List.copyOf(slots);
    }

    public long filled() {
        return slots.stream().filter(s -> s.status() == SlotOutcome.Status.FILLED).count();
    }

    public long gaps() {
        return slots.stream().filter(s -> s.status() == SlotOutcome.Status.GAP).count();
    }

    /** No slot at all: e.g. closing reports when no case closed in the period. */
    public boolean notApplicable() {
        return slots.isEmpty();
    }

    public Optional<BigDecimal> readiness() {
        long counted = filled() + gaps();
        if (counted == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(filled()).divide(BigDecimal.valueOf(counted), Scores.MATH));
    }
}
