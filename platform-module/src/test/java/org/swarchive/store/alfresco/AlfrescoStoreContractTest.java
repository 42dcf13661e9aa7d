package org.swarchive.store.alfresco;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.swarchive.archive.RecordReader;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.ArchiveStoreContract;
import org.swarchive.store.StoreDocument;
import org.swarchive.store.ModelConstraints;

/** The store contract on Alfresco, served by WireMock stubs written to the OpenAPI specs. */
class AlfrescoStoreContractTest extends ArchiveStoreContract {

    private final AlfrescoStub alfresco = new AlfrescoStub();
    private AlfrescoClient client;

    @Override
    protected ArchiveStore storeWith(List<StoreDocument> documents) {
        alfresco.station().documents(documents);
        client = alfresco.client(AlfrescoCredentials.basic("archivist", "s3cret"));
        return new AlfrescoStore(client, AlfrescoStub.SITE, new RecordReader(new CatalogueLoader().shipped()),
                ModelConstraints.shipped());
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        alfresco.close();
    }
}
