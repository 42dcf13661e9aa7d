package org.swarchive.evidence;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * An indicator's outcome: points earned of its weight and readiness (points ÷ weight). Leaves
 * carry their requirements' results and the records linked to them by {@code swa:indicators};
 * branches carry their children.
 *
 * @param notApplicable true when nothing in it was applicable or due, so it was given full points
 */
public record IndicatorResult(Indicator indicator, BigDecimal points, BigDecimal readiness, boolean notApplicable,
                              List<IndicatorResult> children, List<RequirementResult> requirements,
                              List<String> linkedEvidence) {

    public IndicatorResult {
        children = List.copyOf(children);
        requirements = List.copyOf(requirements);
        linkedEvidence = List.copyOf(linkedEvidence);
    }

    public String code() {
        return indicator.code();
    }

    public Stream<IndicatorResult> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(IndicatorResult::flatten));
    }

    public Stream<SlotOutcome> slots() {
        return flatten().flatMap(r -> r.requirements().stream()).flatMap(q -> q.slots().stream());
    }

    public long gapCount() {
        return slots().filter(s -> s.status() == SlotOutcome.Status.GAP).count();
    }
}
