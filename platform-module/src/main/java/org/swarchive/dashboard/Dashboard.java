package org.swarchive.dashboard;

import java.util.Objects;
import org.springframework.security.authentication.AuthenticationProvider;

/**
 * Everything {@code swa serve} hands to the web server: the board of stations and the doors other
 * features fill later (records due for disposal, Share's File now and readiness check on
 * repository nodes, the access register's reads) and who may sign in. Evaluators' inspection
 * windows need no door: they are read from each served station's notes
 * ({@code inspect.InspectionWindowStore}).
 *
 * @param search the records of a station found by words and fields ({@code /search}); by default none
 * @param upload files a document handed in on a gap's row of the station page ({@link GapUpload})
 * @param sheets files a window's score sheet when its last evaluator submits on the web ({@link SheetFiling})
 * @param signIn checks a name and password and answers an authentication whose principal is a
 *               {@link SignedIn}: by default the accounts in the served stations' notes
 *               ({@code swa users}); a repository's sign-in (an Alfresco ticket) replaces it
 */
public record Dashboard(ReadinessBoard board, DisposalList disposal, FileNow fileNow, NodeChecks nodes, EvidenceReads reads,
                        AuthenticationProvider signIn, StationSearch search, GapUpload upload,
                        SheetFiling sheets) {

    public Dashboard {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(disposal, "disposal");
        Objects.requireNonNull(fileNow, "fileNow");
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(reads, "reads");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(sheets, "sheets");
    }

    /**
     * Without stations in a repository (Share's File now and readiness check find none), registering
     * no reads, signing in with the accounts of the served stations.
     */
    public Dashboard(ReadinessBoard board, DisposalList disposal) {
        this(board, disposal, FileNow.none(), NodeChecks.none(), EvidenceReads.none(), AccountSignIn.provider(board.stations(), board::now),
                StationSearch.none(), GapUpload.none(), SheetFiling.none());
    }

    public Dashboard withFileNow(FileNow door) {
        return new Dashboard(board, disposal, door, nodes, reads, signIn, search, upload, sheets);
    }

    public Dashboard withNodeChecks(NodeChecks door) {
        return new Dashboard(board, disposal, fileNow, door, reads, signIn, search, upload, sheets);
    }

    public Dashboard withReads(EvidenceReads door) {
        return new Dashboard(board, disposal, fileNow, nodes, door, signIn, search, upload, sheets);
    }

    public Dashboard withSignIn(AuthenticationProvider door) {
        return new Dashboard(board, disposal, fileNow, nodes, reads, door, search, upload, sheets);
    }

    /** The search of {@code /search}: each served station's records through its store's search. */
    public Dashboard withSearch(StationSearch door) {
        return new Dashboard(board, disposal, fileNow, nodes, reads, signIn, door, upload, sheets);
    }

    /** Documents handed in on a gap's row are filed through this door. */
    public Dashboard withUpload(GapUpload door) {
        return new Dashboard(board, disposal, fileNow, nodes, reads, signIn, search, door, sheets);
    }

    /**
     * Sign-in with the accounts kept in these stations' notes ({@code swa users add}): the default
     * over every served station; beside a repository's sign-in, over the folder stores only.
     */
    public static AuthenticationProvider accountSignIn(java.util.List<org.swarchive.store.Station> stations,
                                                       java.util.function.Supplier<java.time.Instant> clock) {
        return AccountSignIn.provider(stations, clock);
    }

    /** Score sheets filed when a window's last evaluator submits on the web. */
    public Dashboard withSheets(SheetFiling door) {
        return new Dashboard(board, disposal, fileNow, nodes, reads, signIn, search, upload, door);
    }

    /** Whether any served station has an account of its own: a server on the network refuses to start without one. */
    public boolean hasAccounts() {
        return AccountSignIn.anyAccount(board.stations());
    }
}
