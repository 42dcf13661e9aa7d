package org.swarchive.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.Period;

/**
 * Checks evidence completeness (docs/domain.md §8): expands each requirement into slots for the
 * evaluation period, fills them from the index, and rolls readiness up the indicator tree.
 * Each record is looked at once per requirement naming its doc type, so the work is linear in
 * records + slots.
 */
public final class ReadinessEngine {

    private final SlotPlanner planner = new SlotPlanner();

    private static final Comparator<Gap> GAP_ORDER = Comparator.comparing(Gap::due)
            .thenComparing(g -> g.period() == null ? "" : g.period())
            .thenComparing(g -> g.subject() == null ? "" : g.subject());

    public Assessment assess(Framework framework, EvidenceIndex index, Period evaluation, LocalDate asOf) {
        Registers registers = Registers.from(index);
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator top : framework.indicators()) {
            results.add(assess(top, index, registers, evaluation, asOf));
        }
        BigDecimal score = Scores.points(results.stream().map(IndicatorResult::points).reduce(BigDecimal.ZERO, BigDecimal::add));

        List<Gap> gaps = new ArrayList<>();
        List<Gap> upcoming = new ArrayList<>();
        for (IndicatorResult top : results) {
            top.flatten().filter(r -> r.indicator().isLeaf()).forEach(leaf -> {
                List<Gap> leafGaps = new ArrayList<>();
                List<Gap> leafUpcoming = new ArrayList<>();
                for (RequirementResult req : leaf.requirements()) {
                    for (SlotOutcome s : req.slots()) {
                        if (s.status() == SlotOutcome.Status.GAP) {
                            leafGaps.add(gap(leaf.indicator(), s.slot(), asOf));
                        } else if (s.status() == SlotOutcome.Status.UPCOMING) {
                            leafUpcoming.add(gap(leaf.indicator(), s.slot(), asOf));
                        }
                    }
                }
                leafGaps.sort(GAP_ORDER);
                leafUpcoming.sort(GAP_ORDER);
                gaps.addAll(leafGaps);
                upcoming.addAll(leafUpcoming);
            });
        }
        upcoming.sort(Comparator.comparing(Gap::due));
        return new Assessment(framework, evaluation, asOf, score, framework.gradeFor(score), results, gaps, upcoming);
    }

    private IndicatorResult assess(Indicator indicator, EvidenceIndex index, Registers registers, Period evaluation,
                                   LocalDate asOf) {
        if (!indicator.isLeaf()) {
            List<IndicatorResult> children = indicator.children().stream()
                    .map(c -> assess(c, index, registers, evaluation, asOf)).toList();
            BigDecimal points = children.stream().map(IndicatorResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean na = children.stream().allMatch(IndicatorResult::notApplicable);
            return new IndicatorResult(indicator, points, readinessOf(points, indicator.weight()), na, children,
                    List.of(), List.of());
        }
        List<RequirementResult> requirements = indicator.evidence().stream()
                .map(r -> assess(indicator.code(), r, index, registers, evaluation, asOf)).toList();
        List<BigDecimal> counted = requirements.stream().flatMap(r -> r.readiness().stream()).toList();
        boolean notApplicable = counted.isEmpty();
        // Nothing applicable or due yet must not lower the score: the leaf keeps its full weight.
        BigDecimal readiness = notApplicable ? BigDecimal.ONE
                : counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(counted.size()), Scores.MATH);
        BigDecimal points = indicator.weight().multiply(readiness, Scores.MATH);
        List<String> linked = index.linkedTo(indicator.code()).stream().map(ArchiveRecord::id).toList();
        return new IndicatorResult(indicator, points, Scores.readiness(readiness), notApplicable, List.of(),
                requirements, linked);
    }

    private static BigDecimal readinessOf(BigDecimal points, BigDecimal weight) {
        return weight.signum() == 0 ? BigDecimal.ONE : Scores.readiness(points.divide(weight, Scores.MATH));
    }

    RequirementResult assess(String code, EvidenceRequirement req, EvidenceIndex index, Registers registers,
                             Period evaluation, LocalDate asOf) {
        List<EvidenceSlot> slots = planner.slots(code, req, registers, evaluation);
        Map<SlotKey, List<ArchiveRecord>> buckets = bucket(req, index, evaluation);
        List<SlotOutcome> outcomes = new ArrayList<>(slots.size());
        for (EvidenceSlot slot : slots) {
            List<ArchiveRecord> docs = buckets.getOrDefault(new SlotKey(slot.periodLabel(), slot.subject()), List.of());
            BigDecimal sum = null;
            boolean filled = docs.size() >= req.min();
            if (req.sum() != null) {
                sum = docs.stream().map(d -> d.decimal(req.sum().property()).orElse(BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                filled = filled && sum.compareTo(req.sum().min()) >= 0;
            }
            SlotOutcome.Status status = filled ? SlotOutcome.Status.FILLED
                    : slot.due().isAfter(asOf) ? SlotOutcome.Status.UPCOMING : SlotOutcome.Status.GAP;
            outcomes.add(new SlotOutcome(slot, status, docs.stream().map(ArchiveRecord::id).toList(), sum));
        }
        return new RequirementResult(req, outcomes);
    }

    /** Matching documents grouped by the slot they can fill: one pass over each doc type's records. */
    private Map<SlotKey, List<ArchiveRecord>> bucket(EvidenceRequirement req, EvidenceIndex index, Period evaluation) {
        Map<SlotKey, List<ArchiveRecord>> buckets = new HashMap<>();
        LocalDate notBefore = req.validFor() == null ? null : evaluation.end().minus(req.validFor());
        for (String type : req.docTypes()) {
            for (ArchiveRecord r : index.ofType(type)) {
                String subject = req.per().flatMap(r::subject).orElse(null);
                if (req.per().isPresent() && subject == null) {
                    continue;
                }
                slotPeriod(req, r, evaluation, notBefore).ifPresent(placed ->
                        buckets.computeIfAbsent(new SlotKey(placed.label(), subject), k -> new ArrayList<>()).add(r));
            }
        }
        return buckets;
    }

    /**
     * The slot period a record can fill, or empty when it fills none. Standing evidence (label
     * null) must be dated on or before the end of the evaluation period, or be undated, and be
     * recent enough where {@code validFor} says so.
     */
    private static Optional<Placement> slotPeriod(EvidenceRequirement req, ArchiveRecord r, Period evaluation,
                                                  LocalDate notBefore) {
        if (req.cadence() == Cadence.ONCE) {
            Optional<LocalDate> date = r.effectiveDate();
            boolean tooLate = date.isPresent() && date.get().isAfter(evaluation.end());
            boolean tooOld = notBefore != null && (date.isEmpty() || !date.get().isAfter(notBefore));
            return tooLate || tooOld ? Optional.empty() : Optional.of(new Placement(null));
        }
        return r.coveredPeriod().flatMap(covered -> req.cadence().slotOf(covered.start())
                .filter(slot -> slot.encloses(covered) && evaluation.contains(slot.start()))
                .map(slot -> new Placement(slot.label())));
    }

    private static Gap gap(Indicator indicator, EvidenceSlot slot, LocalDate asOf) {
        return new Gap(indicator.code(), indicator.title(), slot.requirement().docTypes(), slot.periodLabel(),
                slot.subject(), slot.due(), ChronoUnit.DAYS.between(slot.due(), asOf));
    }

    private record SlotKey(String period, String subject) {
    }

    /** Where a record lands: a slot period's label, or null for standing evidence. */
    private record Placement(String label) {
    }
}
