package org.swarchive.app;

import java.nio.file.Path;
import java.time.Clock;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.RecordReader;
import org.swarchive.check.StationCheck;
import org.swarchive.classify.Classifier;
import org.swarchive.classify.InboxFiling;
import org.swarchive.classify.TikaExtractor;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.StoreException;
import org.swarchive.store.StoreLocation;
import org.swarchive.store.folder.FolderFiler;
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

    /** The filing side of a store; only the folder store has one so far. */
    FolderFiler filer(String location, DocTypeCatalogue catalogue, String inbox, long maxFileBytes) {
        ArchiveStore store = store(location, catalogue);
        return new FolderFiler((FolderStore) store, inbox, maxFileBytes);
    }

    /** One filing run over a filer: Tika for reading, the catalogue's rules for deciding. */
    InboxFiling inboxFiling(FolderFiler filer, DocTypeCatalogue catalogue, long maxFileBytes, double minConfidence,
                            String fonds, Clock clock) {
        return new InboxFiling(filer, new TikaExtractor(maxFileBytes, clock.getZone()), new Classifier(catalogue, minConfidence),
                catalogue, fonds, clock);
    }

    StationCheck stationCheck() {
        return new StationCheck(engine);
    }
}
