package org.swarchive.dashboard;

import java.util.Objects;

/**
 * Everything {@code swa serve} hands to the web server: the board of stations and the doors other
 * features fill later (records due for disposal, evaluators' inspection windows, the access
 * register's reads).
 */
public record Dashboard(ReadinessBoard board, DisposalList disposal, InspectionWindows windows, EvidenceReads reads) {

    public Dashboard {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(disposal, "disposal");
        Objects.requireNonNull(windows, "windows");
        Objects.requireNonNull(reads, "reads");
    }

    /** A dashboard that registers no reads. */
    public Dashboard(ReadinessBoard board, DisposalList disposal, InspectionWindows windows) {
        this(board, disposal, windows, EvidenceReads.none());
    }
}
