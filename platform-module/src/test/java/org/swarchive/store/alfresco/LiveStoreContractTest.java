package org.swarchive.store.alfresco;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.swarchive.archive.RecordReader;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.ArchiveStoreContract;
import org.swarchive.store.ModelConstraints;
import org.swarchive.store.StoreDocument;

/** The store contract on the live repository (no search index): each test a site of its own. */
@Tag(LiveRepository.TAG)
class LiveStoreContractTest extends ArchiveStoreContract {

    private LiveStation station;

    @Override
    protected ArchiveStore storeWith(List<StoreDocument> documents) {
        station = new LiveStation();
        documents.forEach(d -> station.file(d.path(), d.type(), d.properties()));
        return new AlfrescoStore(station.client, station.site, new RecordReader(new CatalogueLoader().shipped()), ModelConstraints.shipped());
    }

    /** The repository refuses "2025-13" (the model's swa:periodRegex); 30 February passes the regex, not the calendar. */
    @Override
    protected String invalidPeriod() {
        return "2025-02-30";
    }

    @AfterEach
    void stop() {
        if (station != null) {
            station.close();
        }
    }
}
