package org.swarchive.store;

import java.util.stream.Stream;

/**
 * The port every store adapter implements: the folder store (a Bulk-Import-style directory tree)
 * and the Alfresco store. Scans stream, so a check never holds document contents in memory.
 */
public interface ArchiveStore {

    /** Everything the station holds, lazily; the caller closes the stream. */
    Stream<ScanItem> scan();

    /** A short description for messages, e.g. {@code folder:/srv/station}. */
    String describe();
}
