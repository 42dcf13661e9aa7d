package org.swarchive.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.swarchive.archive.Period;

/**
 * Expands requirements into concrete slots for an evaluation period (docs/domain.md §8): cadence cuts,
 * one slot per subject active (opened, closed) in each, and each slot's due date. The engine
 * checks these slots; the demo generator fills them.
 */
public final class SlotPlanner {

    /** Every slot of every leaf of a framework. */
    public List<EvidenceSlot> slots(Framework framework, Registers registers, Period evaluation) {
        List<EvidenceSlot> all = new ArrayList<>();
        framework.leaves().forEach(leaf -> leaf.evidence().forEach(req ->
                all.addAll(slots(leaf.code(), req, registers, evaluation))));
        return all;
    }

    /** The concrete slots of a requirement in the evaluation period (docs/domain.md §8, slot rules). */
    public List<EvidenceSlot> slots(String code, EvidenceRequirement req, Registers registers, Period evaluation) {
        List<EvidenceSlot> slots = new ArrayList<>();
        if (req.cadence() == Cadence.ONCE) {
            if (req.per().isEmpty()) {
                slots.add(new EvidenceSlot(code, req, null, null, evaluation.start().plus(req.due())));
            } else {
                registers.of(req.per().get()).forEach((subject, window) -> {
                    if (req.when().holds(window, evaluation)) {
                        slots.add(new EvidenceSlot(code, req, null, subject,
                                standingStart(req.when(), window, evaluation).plus(req.due())));
                    }
                });
            }
            return slots;
        }
        for (Period p : req.cadence().cut(evaluation)) {
            LocalDate due = p.end().plus(req.due());
            if (req.per().isEmpty()) {
                slots.add(new EvidenceSlot(code, req, p, null, due));
            } else {
                registers.of(req.per().get()).forEach((subject, window) -> {
                    if (req.when().holds(window, p)) {
                        slots.add(new EvidenceSlot(code, req, p, subject, due));
                    }
                });
            }
        }
        return slots;
    }

    /** Standing evidence for a subject is owed from when the subject's activity makes it so. */
    private static LocalDate standingStart(SubjectActivity when, ActivityWindow window, Period evaluation) {
        return switch (when) {
            case ACTIVE -> window.from().isAfter(evaluation.start()) ? window.from() : evaluation.start();
            case OPENED -> window.from();
            case CLOSED -> window.until();
        };
    }

}
