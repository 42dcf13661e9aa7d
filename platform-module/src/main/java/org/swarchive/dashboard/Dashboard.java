package org.swarchive.dashboard;

import java.util.Objects;

/**
 * Everything {@code swa serve} hands to the web server: the board of stations and the doors other
 * features fill later (records due for disposal, evaluators' inspection windows).
 */
public record Dashboard(ReadinessBoard board, DisposalList disposal, InspectionWindows windows) {

    public Dashboard {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(disposal, "disposal");
        Objects.requireNonNull(windows, "windows");
    }
}
