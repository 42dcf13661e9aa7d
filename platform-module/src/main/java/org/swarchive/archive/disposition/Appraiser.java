package org.swarchive.archive.disposition;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.swarchive.access.InspectionWindow;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.RecordProperty;
import org.swarchive.archive.SubjectKind;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/**
 * Appraises a station's records (鉴定): when each may go, what holds it, and in words why it may
 * or may not go. Pure: the caller brings the records, the open proposals and the date.
 */
public final class Appraiser {

    private final DispositionCalculator calculator;
    private final List<InspectionWindow> inspections;
    private final ZoneId zone;

    /** Without inspection windows. */
    public Appraiser(RetentionSchedule schedule) {
        this(schedule, List.of(), ZoneId.systemDefault());
    }

    /**
     * @param inspections the station's inspection windows: one open on a day holds the whole station
     *                    that day (an inspection in progress, docs/domain.md §6)
     * @param zone        where the days begin and end
     */
    public Appraiser(RetentionSchedule schedule, Collection<InspectionWindow> inspections, ZoneId zone) {
        this.calculator = new DispositionCalculator(schedule);
        this.inspections = List.copyOf(inspections);
        this.zone = zone;
    }

    /**
     * @param marks the records open proposals hold, by record id
     */
    public Appraisal appraise(Collection<ArchiveRecord> records, LocalDate asOf, Map<String, WorkflowMark> marks) {
        StationRegisters.Builder registers = StationRegisters.builder();
        records.forEach(registers::add);
        StationRegisters reg = registers.build();
        List<AppraisedRecord> out = new ArrayList<>(records.size());
        for (ArchiveRecord r : records) {
            out.add(appraise(r, reg, asOf, Optional.ofNullable(marks.get(r.id()))));
        }
        return new Appraisal(asOf, calculator.schedule().name(), out);
    }

    /** The holds on a record: its own flag, its open case, any open inspection window. */
    public List<Hold> holdsOn(ArchiveRecord r, StationRegisters registers, LocalDate asOf) {
        List<Hold> holds = new ArrayList<>();
        if (r.onHold()) {
            holds.add(new Hold.Flagged(r.property(RecordProperty.HOLD_REASON.key()).orElse(null)));
        }
        r.subject(SubjectKind.CASE).filter(registers.openCases()::contains).ifPresent(c -> holds.add(new Hold.OpenCase(c)));
        inspections.stream().filter(w -> w.covers(asOf, zone)).map(w -> Hold.Inspection.of(w, zone)).forEach(holds::add);
        return holds;
    }

    private AppraisedRecord appraise(ArchiveRecord r, StationRegisters registers, LocalDate asOf, Optional<WorkflowMark> mark) {
        Disposition d = calculator.of(r, registers);
        List<Hold> holds = holdsOn(r, registers, asOf);
        DispositionStatus status;
        Text reason;
        if (d instanceof Disposition.Never never) {
            status = DispositionStatus.PERMANENT;
            reason = Message.of("archive-disposition.reason.permanent", never.term().source());
        } else if (!holds.isEmpty() && (d.expiredOn(asOf) || r.onHold())) {
            // A hold placed on the record shows at once; an open case or inspection only matters
            // once the retention has run out, so the case's current records read as retained.
            status = DispositionStatus.HELD;
            reason = Message.of("archive-disposition.reason.held",
                    Text.join(Message.of("common.list.semicolon"), holds.stream().map(Hold::reason).toList()));
        } else if (mark.isPresent()) {
            status = mark.get().status();
            String id = mark.get().proposalId();
            reason = status == DispositionStatus.APPROVED
                    ? Message.of("archive-disposition.reason.approved", id)
                    : Message.of("archive-disposition.reason.proposed", id);
        } else if (d instanceof Disposition.Undetermined u) {
            status = DispositionStatus.RETAINED;
            reason = u.reason();
        } else if (d instanceof Disposition.PendingEvent p) {
            status = DispositionStatus.PENDING_EVENT;
            reason = Message.of("archive-disposition.reason.pending-event", p.term().retention().label(), p.event().label());
        } else {
            Disposition.On on = (Disposition.On) d;
            Message term = Message.of("archive-disposition.term", on.term().retention().label(), on.term().source(), on.from());
            if (d.expiredOn(asOf)) {
                status = DispositionStatus.DUE;
                reason = Message.of("archive-disposition.reason.due", term, on.date());
            } else {
                status = DispositionStatus.RETAINED;
                reason = Message.of("archive-disposition.reason.retained", term, on.date());
            }
        }
        return new AppraisedRecord(r, DispositionCalculator.recordYear(r), d, holds, status,
                mark.map(WorkflowMark::proposalId), reason);
    }
}
