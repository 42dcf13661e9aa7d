package org.swarchive.dashboard;

import java.util.Optional;
import org.swarchive.store.Station;

/**
 * Share's 检查准备度 / Check readiness on a repository node (a station folder, an evidence folder,
 * anything below a station folder): which served station holds the node, and a re-check of it now,
 * written back where Share shows it. The CLI fills this door for stations in Alfresco.
 */
public interface NodeChecks {

    /** The served station whose folder is the node or holds it; empty when no served station does. */
    Optional<Station> stationHolding(String nodeId);

    /** Re-checks the station now (the board's result included) and writes it back; repository failures are StoreExceptions. */
    Rechecked recheck(Station station);

    /** A re-check: the board's fresh snapshot, how many evidence folders took the result, where the report is. */
    record Rechecked(ReadinessBoard.Snapshot snapshot, int folders, String report) {
    }

    /** No station in a repository: every node is in none. */
    static NodeChecks none() {
        return new NodeChecks() {
            @Override
            public Optional<Station> stationHolding(String nodeId) {
                return Optional.empty();
            }

            @Override
            public Rechecked recheck(Station station) {
                throw new IllegalStateException("no station is served from a repository");
            }
        };
    }
}
