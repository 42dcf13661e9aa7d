package org.swarchive.dashboard;

import java.util.Objects;

/**
 * Everything {@code swa serve} hands to the web server: the board of stations and the doors other
 * features fill later (records due for disposal, evaluators' inspection windows, Share's
 * readiness check on repository nodes).
 */
public record Dashboard(ReadinessBoard board, DisposalList disposal, InspectionWindows windows, NodeChecks nodes) {

    public Dashboard {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(disposal, "disposal");
        Objects.requireNonNull(windows, "windows");
        Objects.requireNonNull(nodes, "nodes");
    }

    /** Without stations in a repository: Share's readiness check finds none. */
    public Dashboard(ReadinessBoard board, DisposalList disposal, InspectionWindows windows) {
        this(board, disposal, windows, NodeChecks.none());
    }
}
