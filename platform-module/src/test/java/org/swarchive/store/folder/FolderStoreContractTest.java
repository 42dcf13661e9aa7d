package org.swarchive.store.folder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.RecordReader;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.ArchiveStoreContract;
import org.swarchive.store.StoreDocument;

/** The store contract on a folder: documents as files, metadata as shadow metadata files. */
class FolderStoreContractTest extends ArchiveStoreContract {

    @TempDir
    Path root;

    @Override
    protected ArchiveStore storeWith(List<StoreDocument> documents) throws Exception {
        write(root, documents);
        return new FolderStore(root, new RecordReader(new CatalogueLoader().shipped()));
    }

    /** The documents as files below {@code root}, each with its shadow metadata file when it has a type. */
    static void write(Path root, List<StoreDocument> documents) throws java.io.IOException {
        for (StoreDocument d : documents) {
            Path file = root.resolve(d.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, "content");
            if (d.type() != null) {
                Map<String, String> metadata = new LinkedHashMap<>();
                metadata.put("type", d.type());
                metadata.putAll(d.properties());
                MetadataFile.write(MetadataFile.of(file), metadata);
            }
        }
    }
}
