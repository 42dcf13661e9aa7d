package org.swarchive.store;

import java.util.List;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.FieldProblem;
import org.swarchive.archive.LocalizedText;

/** What a store scan yields, one document (or one unreadable metadata file) at a time. */
public sealed interface ScanItem permits ScanItem.Filed, ScanItem.Unclassified, ScanItem.Unreadable {

    /** A document with metadata; {@code problems} name the fields that were left out. */
    record Filed(ArchiveRecord record, String metadataFile, List<FieldProblem> problems) implements ScanItem {
        public Filed {
            problems = List.copyOf(problems);
        }
    }

    /** A document with no metadata at all: it waits for an archivist (or for filing). */
    record Unclassified(String id, String name) implements ScanItem {
    }

    /** Metadata that could not be read at all (not XML, not readable, no document beside it). */
    record Unreadable(String file, LocalizedText reason) implements ScanItem {
    }
}
