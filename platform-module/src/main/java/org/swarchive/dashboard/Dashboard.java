package org.swarchive.dashboard;

import java.util.Objects;

/**
 * Everything {@code swa serve} hands to the web server: the board of stations and the doors other
 * features fill later (records due for disposal, evaluators' inspection windows, Share's File now
 * and readiness check on repository nodes, the access register's reads).
 */
public record Dashboard(ReadinessBoard board, DisposalList disposal, InspectionWindows windows, FileNow fileNow,
                        NodeChecks nodes, EvidenceReads reads) {

    public Dashboard {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(disposal, "disposal");
        Objects.requireNonNull(windows, "windows");
        Objects.requireNonNull(fileNow, "fileNow");
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(reads, "reads");
    }

    /** Without stations in a repository (Share's File now and readiness check find none), registering no reads. */
    public Dashboard(ReadinessBoard board, DisposalList disposal, InspectionWindows windows) {
        this(board, disposal, windows, FileNow.none(), NodeChecks.none(), EvidenceReads.none());
    }

    public Dashboard withFileNow(FileNow door) {
        return new Dashboard(board, disposal, windows, door, nodes, reads);
    }

    public Dashboard withNodeChecks(NodeChecks door) {
        return new Dashboard(board, disposal, windows, fileNow, door, reads);
    }

    public Dashboard withReads(EvidenceReads door) {
        return new Dashboard(board, disposal, windows, fileNow, nodes, door);
    }
}
