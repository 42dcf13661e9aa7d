package org.swarchive.filing;

import java.util.Map;
import java.util.Objects;
import org.swarchive.archive.ArchiveSeries;

/**
 * What a filer is asked to do with one inbox document: file it under {@code folder} with a name
 * built from {@code title}, drawing the next item number of {@code series}, with this metadata
 * (the filer adds {@code swa:archiveCode}).
 */
public record FilingRequest(ArchiveSeries series, String folder, String title, Map<String, String> metadata) {

    public FilingRequest {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(title, "title");
        // Kept in order, so metadata files list type and doc type first, as people read them.
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    }
}
