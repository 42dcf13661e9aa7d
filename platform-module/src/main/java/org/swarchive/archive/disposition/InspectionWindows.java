package org.swarchive.archive.disposition;

import java.time.LocalDate;
import java.util.List;
import org.swarchive.archive.ArchiveRecord;

/**
 * The open inspection windows that cover a record. Inspection windows are a later issue's work;
 * disposition only needs to ask, so it depends on this and nothing more.
 */
@FunctionalInterface
public interface InspectionWindows {

    /** No inspection windows at all. */
    InspectionWindows NONE = (record, asOf) -> List.of();

    List<Hold.Inspection> covering(ArchiveRecord record, LocalDate asOf);
}
