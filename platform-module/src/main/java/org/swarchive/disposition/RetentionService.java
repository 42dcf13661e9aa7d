package org.swarchive.disposition;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.swarchive.access.InspectionWindow;
import org.swarchive.archive.disposition.Appraisal;
import org.swarchive.archive.disposition.AppraisedRecord;
import org.swarchive.archive.disposition.Appraiser;
import org.swarchive.archive.disposition.RetentionSchedule;
import org.swarchive.store.StationRecords;

/** Appraises a station's records and writes each one's disposition date and status into its metadata. */
public final class RetentionService {

    private final StationRecords records;
    private final DispositionRepository repository;
    private final RetentionSchedule schedule;
    private final Appraiser appraiser;

    /** Without inspection windows. */
    public RetentionService(StationRecords records, DispositionRepository repository, RetentionSchedule schedule) {
        this(records, repository, schedule, List.of(), ZoneId.systemDefault());
    }

    /** With the station's inspection windows, which hold its records while one is open. */
    public RetentionService(StationRecords records, DispositionRepository repository, RetentionSchedule schedule,
                            Collection<InspectionWindow> inspections, ZoneId zone) {
        this.records = records;
        this.repository = repository;
        this.schedule = schedule;
        this.appraiser = new Appraiser(schedule, inspections, zone);
    }

    public RetentionSchedule schedule() {
        return schedule;
    }

    /** The station's records, on whichever store it is kept. */
    public StationRecords records() {
        return records;
    }

    public DispositionRepository repository() {
        return repository;
    }

    /** Every record on {@code asOf}, with the proposals that hold some of them. */
    public Appraisal appraise(LocalDate asOf) {
        return appraiser.appraise(records.records(), asOf, repository.openMarks());
    }

    /** What {@link #apply} changed. */
    public record Applied(Appraisal appraisal, int changed) {
    }

    /** Writes {@code swa:dispositionDate} and {@code swa:dispositionStatus} into every record whose values differ. */
    public Applied apply(LocalDate asOf) {
        Appraisal a = appraise(asOf);
        return new Applied(a, write(a, id -> true));
    }

    /** Writes the appraisal's date and status into the records {@code which} selects; returns how many records changed. */
    public int write(Appraisal appraisal, Predicate<String> which) {
        int changed = 0;
        for (AppraisedRecord r : appraisal.records()) {
            if (which.test(r.id()) && records.markDisposition(r.id(), r.status().id(),
                    r.disposition().dispositionDate().orElse(null))) {
                changed++;
            }
        }
        return changed;
    }
}
