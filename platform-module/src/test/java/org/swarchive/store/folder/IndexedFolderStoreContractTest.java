package org.swarchive.store.folder;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.RecordReader;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.ArchiveStoreContract;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StoreDocument;

/** The store contract on a folder read through its index, warm: built by one scan, read by the next. */
class IndexedFolderStoreContractTest extends ArchiveStoreContract {

    @TempDir
    Path root;

    @Override
    protected ArchiveStore storeWith(List<StoreDocument> documents) throws Exception {
        FolderStoreContractTest.write(root, documents);
        FolderStore store = FolderStore.indexed(root, new RecordReader(new CatalogueLoader().shipped()));
        try (Stream<ScanItem> first = store.scan()) {
            first.forEach(item -> { });
        }
        return store;
    }
}
