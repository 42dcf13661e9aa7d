package org.swarchive.dashboard;

import java.util.Objects;

/**
 * Everything {@code swa serve} hands to the web server: the board of stations and the doors other
 * features fill later (records due for disposal, evaluators' inspection windows, Share's File now).
 */
public record Dashboard(ReadinessBoard board, DisposalList disposal, InspectionWindows windows, FileNow fileNow) {

    public Dashboard {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(disposal, "disposal");
        Objects.requireNonNull(windows, "windows");
        Objects.requireNonNull(fileNow, "fileNow");
    }

    /** Without File now: no station is served from Alfresco. */
    public Dashboard(ReadinessBoard board, DisposalList disposal, InspectionWindows windows) {
        this(board, disposal, windows, FileNow.none());
    }
}
