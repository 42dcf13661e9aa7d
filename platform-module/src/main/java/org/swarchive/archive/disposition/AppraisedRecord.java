package org.swarchive.archive.disposition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.RecordProperty;
import org.swarchive.i18n.Text;

/**
 * One record as the appraisal sees it: its year, disposition, holds, status, the proposal it is
 * in (if any), and the reason it may or may not go.
 */
public record AppraisedRecord(ArchiveRecord record, OptionalInt year, Disposition disposition, List<Hold> holds,
                              DispositionStatus status, Optional<String> proposal, Text reason) {

    public AppraisedRecord {
        holds = List.copyOf(holds);
    }

    public String id() {
        return record.id();
    }

    /** 题名: the record's title, else its file name without the extension. */
    public String title() {
        return record.property("cm:title").orElseGet(() -> {
            String n = record.name();
            int dot = n.lastIndexOf('.');
            return dot > 0 ? n.substring(0, dot) : n;
        });
    }

    public Optional<String> archiveCode() {
        return record.property(RecordProperty.ARCHIVE_CODE.key());
    }

    /** Whether its retention has run out (it may be held all the same). */
    public boolean expired(LocalDate asOf) {
        return disposition.expiredOn(asOf);
    }
}
