package org.swarchive.disposition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.RecordReader;
import org.swarchive.archive.disposition.RetentionSchedule;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.folder.FolderRecords;
import org.swarchive.store.folder.FolderState;
import org.swarchive.store.folder.FolderStore;
import org.swarchive.store.folder.MetadataFile;

/** A small station folder written the way the demo and Alfresco's bulk import lay one out. */
final class TestStation {

    static final DocTypeCatalogue CATALOGUE = new CatalogueLoader().shipped();

    final Path root;

    TestStation(Path root) {
        this.root = root;
    }

    /** Writes a document and its metadata; returns the record id. */
    String add(String path, String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", "swa:documentRecord");
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        try {
            Path doc = root.resolve(path);
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, "content of " + path);
            MetadataFile.write(MetadataFile.of(doc), m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    boolean exists(String id) {
        return Files.exists(root.resolve(id)) || Files.exists(MetadataFile.of(root.resolve(id)));
    }

    Map<String, String> metadata(String id) {
        try {
            return MetadataFile.read(MetadataFile.of(root.resolve(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FolderRecords folder() {
        return new FolderRecords(new FolderStore(root, new RecordReader(CATALOGUE)));
    }

    RetentionService retention(FolderRecords folder, DispositionRepository repository) {
        return new RetentionService(folder, repository, RetentionSchedule.national(CATALOGUE));
    }

    RetentionService retention() {
        return retention(folder(), new DispositionRepository(new FolderState(root)));
    }

    DisposalService disposal(FolderRecords folder, DispositionRepository repository, RegisterWorkbook workbook) {
        return new DisposalService(retention(folder, repository), workbook, new RegisterHtml());
    }

    DisposalService disposal() {
        return disposal(folder(), new DispositionRepository(new FolderState(root)), new RegisterWorkbook());
    }
}
