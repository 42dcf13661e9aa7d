package org.swarchive.filing;

import org.swarchive.archive.ArchiveCode;

/** What became of a filing request. */
public sealed interface FilingOutcome permits FilingOutcome.Filed, FilingOutcome.Gone, FilingOutcome.Duplicate {

    /** Filed under {@code id} with this code. */
    record Filed(String id, ArchiveCode code) implements FilingOutcome {
    }

    /** The document left the inbox meanwhile (another run filed it): nothing done. */
    record Gone(String inboxId) implements FilingOutcome {
    }

    /** The same content was filed before, as {@code filedAs}: not filed twice. */
    record Duplicate(String inboxId, String filedAs) implements FilingOutcome {
    }
}
