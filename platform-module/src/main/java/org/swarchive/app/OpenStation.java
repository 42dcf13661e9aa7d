package org.swarchive.app;

import java.util.Optional;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.store.NodeGrants;
import org.swarchive.store.Station;
import org.swarchive.store.StoreLocation;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.AlfrescoLocation;
import org.swarchive.store.alfresco.AlfrescoPermissions;
import org.swarchive.store.alfresco.AlfrescoStore;

/**
 * The station one access or inspection command works on, for the length of the command: a folder
 * store, or a station in Alfresco with a client of its own (closed with this) and the
 * repository's permissions, which only Alfresco has.
 */
final class OpenStation implements AutoCloseable {

    private final Station station;
    private final AlfrescoClient client;

    private OpenStation(Station station, AlfrescoClient client) {
        this.station = station;
        this.client = client;
    }

    static OpenStation open(Workbench workbench, String store, String code, DocTypeCatalogue catalogue) {
        if (StoreLocation.parse(store) instanceof StoreLocation.Alfresco a) {
            AlfrescoLocation location = AlfrescoLocation.parse(a.url());
            location.site();
            AlfrescoClient client = workbench.alfrescoClient(location);
            try {
                return new OpenStation(workbench.alfrescoStation(location, code, catalogue, client), client);
            } catch (RuntimeException e) {
                client.close();
                throw e;
            }
        }
        return new OpenStation(workbench.station(store, code, catalogue), null);
    }

    Station station() {
        return station;
    }

    /** The Alfresco side of the station, when it is in Alfresco. */
    Optional<AlfrescoStore> alfresco() {
        return station.archive() instanceof AlfrescoStore a ? Optional.of(a) : Optional.empty();
    }

    /** Permissions on single nodes: Alfresco only (a folder store's access is the dashboard's and the packages' rules). */
    Optional<NodeGrants> grants() {
        return alfresco().map(a -> new AlfrescoPermissions(a.client()));
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
