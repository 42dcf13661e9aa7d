package org.swarchive.archive.disposition;

import org.swarchive.i18n.Text;


/**
 * One line of an execution's journal. Written before and after each step, so an execution that
 * stops anywhere can tell what it did: an {@link Intent} with no {@link Destroyed} is a record
 * whose destruction had begun and must be finished.
 */
public sealed interface JournalEntry permits JournalEntry.Intent, JournalEntry.Destroyed, JournalEntry.Skipped,
        JournalEntry.Missing, JournalEntry.RegisterFiled, JournalEntry.Completed {

    /**
     * About to destroy this record. {@code ref} is the store's handle on the very document (the
     * node id in Alfresco), so that finishing after a crash destroys that document and no other
     * one filed under the same path since; null where the record id is the handle.
     */
    record Intent(String recordId, String ref) implements JournalEntry {
        public Intent(String recordId) {
            this(recordId, null);
        }
    }

    /** This record (document and metadata) is gone. */
    record Destroyed(String recordId) implements JournalEntry {
    }

    /** Left alone at execution time, e.g. a hold placed after approval. */
    record Skipped(String recordId, Text reason) implements JournalEntry {
    }

    /** Already gone before this execution touched it: not destroyed here, so not in the register. */
    record Missing(String recordId) implements JournalEntry {
    }

    /** The register is filed in the station as this record, with this archive code (or none). */
    record RegisterFiled(String recordId, String archiveCode) implements JournalEntry {
    }

    /** Nothing left to do. */
    record Completed() implements JournalEntry {
    }
}
