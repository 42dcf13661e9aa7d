package org.swarchive.filing;

import java.util.Optional;

/**
 * How filing names what waits in the inbox: a document's path below the station folder, or
 * {@code ZIP!ENTRY} for one entry of a zip there (an entry skipped or refused while unpacking).
 * Written and read here only.
 */
public record InboxId(String document, Optional<String> entry) {

    private static final char SEPARATOR = '!';

    public static InboxId parse(String id) {
        int bang = id.indexOf(SEPARATOR);
        return bang < 0 ? new InboxId(id, Optional.empty()) : new InboxId(id.substring(0, bang), Optional.of(id.substring(bang + 1)));
    }

    /** The id of an entry of a zip. */
    public static String ofEntry(String zipId, String entry) {
        return zipId + SEPARATOR + entry;
    }

    /** Whether it names an entry of a zip rather than a document of its own. */
    public boolean isEntry() {
        return entry.isPresent();
    }
}
