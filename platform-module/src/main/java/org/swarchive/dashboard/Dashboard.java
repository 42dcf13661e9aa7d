package org.swarchive.dashboard;

import java.util.Objects;

/**
 * Everything {@code swa serve} hands to the web server: the board of stations and the doors other
 * features fill later (records due for disposal, Share's File now and readiness check on
 * repository nodes, the access register's reads). Evaluators' inspection windows need no door:
 * they are read from each served station's notes ({@code inspect.InspectionWindowStore}).
 */
public record Dashboard(ReadinessBoard board, DisposalList disposal, FileNow fileNow, NodeChecks nodes, EvidenceReads reads) {

    public Dashboard {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(disposal, "disposal");
        Objects.requireNonNull(fileNow, "fileNow");
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(reads, "reads");
    }

    /** Without stations in a repository (Share's File now and readiness check find none), registering no reads. */
    public Dashboard(ReadinessBoard board, DisposalList disposal) {
        this(board, disposal, FileNow.none(), NodeChecks.none(), EvidenceReads.none());
    }

    public Dashboard withFileNow(FileNow door) {
        return new Dashboard(board, disposal, door, nodes, reads);
    }

    public Dashboard withNodeChecks(NodeChecks door) {
        return new Dashboard(board, disposal, fileNow, door, reads);
    }

    public Dashboard withReads(EvidenceReads door) {
        return new Dashboard(board, disposal, fileNow, nodes, door);
    }
}
