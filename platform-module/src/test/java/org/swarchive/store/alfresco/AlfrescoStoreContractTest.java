package org.swarchive.store.alfresco;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.swarchive.archive.RecordReader;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.ArchiveStoreContract;
import org.swarchive.store.StoreDocument;
import org.swarchive.store.ModelConstraints;

/**
 * The store contract on Alfresco: the fake repository behind WireMock (answering as the specs and
 * the live repository do), each document filed at its path below the station folder.
 */
class AlfrescoStoreContractTest extends ArchiveStoreContract {

    private final RepositoryStation station = new RepositoryStation();
    private AlfrescoClient client;

    @Override
    protected ArchiveStore storeWith(List<StoreDocument> documents) {
        for (StoreDocument d : documents) {
            station.file(d.path(), d.type() == null ? "cm:content" : d.type(), d.properties());
        }
        client = station.client();
        return new AlfrescoStore(client, AlfrescoStub.SITE, new RecordReader(new CatalogueLoader().shipped()),
                ModelConstraints.shipped());
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        station.close();
    }
}
