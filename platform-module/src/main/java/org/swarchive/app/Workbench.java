package org.swarchive.app;

import java.nio.file.Path;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.RecordReader;
import org.swarchive.check.StationCheck;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.StoreException;
import org.swarchive.store.Station;
import org.swarchive.store.StoreLocation;
import org.swarchive.store.folder.FolderEvidenceFiles;
import org.swarchive.store.folder.FolderState;
import org.swarchive.store.folder.FolderStore;

/** Builds what a command needs from its options: the catalogue, frameworks, the store. */
final class Workbench {

    private final CatalogueLoader catalogueLoader;
    private final ReadinessEngine engine;

    Workbench(CatalogueLoader catalogueLoader, ReadinessEngine engine) {
        this.catalogueLoader = catalogueLoader;
        this.engine = engine;
    }

    DocTypeCatalogue catalogue(Path stationFile) {
        return stationFile == null ? catalogueLoader.shipped() : catalogueLoader.withStationFile(stationFile);
    }

    Framework framework(String idOrFile, DocTypeCatalogue catalogue) {
        return new FrameworkLibrary(new FrameworkLoader(catalogue)).resolve(idOrFile);
    }

    ArchiveStore store(String location, DocTypeCatalogue catalogue) {
        StoreLocation parsed = StoreLocation.parse(location);
        if (parsed instanceof StoreLocation.Folder folder) {
            return new FolderStore(folder.path(), new RecordReader(catalogue));
        }
        throw new StoreException(LocalizedText.of("Alfresco 档案库尚未在此版本中提供：" + location,
                "the Alfresco store is not available in this version: " + location), null);
    }

    /** A station by its {@code --store} location; its id is the given code, else the folder's name. */
    Station station(String location, String code, DocTypeCatalogue catalogue) {
        ArchiveStore archive = store(location, catalogue);
        if (archive instanceof FolderStore folder) {
            String id = code != null && !code.isBlank() ? code : folder.root().getFileName().toString();
            return new Station(id, archive, new FolderEvidenceFiles(folder.root()), new FolderState(folder.root()));
        }
        throw new IllegalStateException("no station for " + location);
    }

    StationCheck stationCheck() {
        return new StationCheck(engine);
    }
}
