package org.swarchive.archive.disposition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.Category;
import org.swarchive.archive.RecordProperty;
import org.swarchive.archive.Retention;
import org.swarchive.archive.SubjectKind;
import org.swarchive.i18n.Message;

/**
 * Works out a record's disposition date (docs/domain.md §4): {@code D<n>} from 1 January of the year
 * after the record's year, {@code E<n>} from the event date, {@code Y} never.
 */
public final class DispositionCalculator {

    private static final Message RECORD_SOURCE = Message.of("archive-disposition.source.record");

    private final RetentionSchedule schedule;

    public DispositionCalculator(RetentionSchedule schedule) {
        this.schedule = schedule;
    }

    public RetentionSchedule schedule() {
        return schedule;
    }

    /**
     * The latest of what the schedule, the legal minimum and the record's own {@code swa:retention}
     * allow: a schedule can lengthen what a record says, but never make it go sooner; shortening
     * a filed record is a re-appraisal of its {@code swa:retention}.
     */
    public Disposition of(ArchiveRecord r, StationRegisters registers) {
        List<Disposition.Term> terms = new ArrayList<>();
        Optional<ScheduleRule> rule = Optional.ofNullable(r.docType()).flatMap(schedule::rule);
        rule.ifPresent(x -> {
            terms.add(new Disposition.Term(x.retention(), x.source()));
            x.minimum().ifPresent(m -> terms.add(new Disposition.Term(m.retention(), m.basis())));
        });
        if (r.property(RecordProperty.RETENTION.key()).isPresent() && r.retention() != null) {
            terms.add(new Disposition.Term(r.retention(), RECORD_SOURCE));
        }
        if (terms.isEmpty()) {
            return new Disposition.Undetermined(Message.of("archive-disposition.undetermined.no-retention"));
        }
        RetentionEvent event = rule.map(ScheduleRule::event).orElse(RetentionEvent.OTHER);
        Disposition result = null;
        for (Disposition.Term t : terms) {
            Disposition d = one(r, t, event, registers);
            result = result == null ? d : Disposition.later(result, d);
        }
        return result;
    }

    private static Disposition one(ArchiveRecord r, Disposition.Term t, RetentionEvent event, StationRegisters registers) {
        Retention retention = t.retention();
        if (retention instanceof Retention.Fixed fixed) {
            OptionalInt year = recordYear(r);
            if (year.isEmpty()) {
                return new Disposition.Undetermined(Message.of("archive-disposition.undetermined.no-year"));
            }
            LocalDate from = LocalDate.of(year.getAsInt() + 1, 1, 1);
            return new Disposition.On(from.plusYears(fixed.years()), from, t);
        }
        if (retention instanceof Retention.AfterEvent after) {
            Optional<LocalDate> at = r.date(RecordProperty.RETENTION_EVENT_DATE);
            if (at.isEmpty() && event == RetentionEvent.EMPLOYMENT_END) {
                at = r.subject(SubjectKind.STAFF).flatMap(registers::employmentEnd);
            }
            return at.<Disposition>map(d -> new Disposition.On(d.plusYears(after.years()), d, t))
                    .orElseGet(() -> new Disposition.PendingEvent(t, event));
        }
        return new Disposition.Never(t);
    }

    /**
     * The record's year (年度): the year of its archive code, which the archivist assigned; without
     * one, the fiscal year for finance records (the period they account for, even when the voucher or
     * statement is dated in January after), otherwise the year the document was made.
     */
    public static OptionalInt recordYear(ArchiveRecord r) {
        Optional<ArchiveCode> code = r.property(RecordProperty.ARCHIVE_CODE.key()).flatMap(ArchiveCode::parse);
        if (code.isPresent()) {
            return OptionalInt.of(code.get().year());
        }
        Optional<Integer> periodYear = Optional.ofNullable(r.period()).map(p -> p.end().getYear());
        Optional<Integer> dateYear = Optional.ofNullable(r.documentDate()).map(LocalDate::getYear);
        Optional<Integer> year = r.category() == Category.FINANCE ? periodYear.or(() -> dateYear) : dateYear.or(() -> periodYear);
        return year.map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
