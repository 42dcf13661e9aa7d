package org.swarchive.store;

import java.util.Objects;

/**
 * A station as the service reaches it: an id (a folder name or a station code), its archive,
 * the documents behind its records, and the service's own notes kept beside them.
 */
public record Station(String id, ArchiveStore archive, EvidenceFiles files, StationState state) {

    public Station {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(state, "state");
    }
}
