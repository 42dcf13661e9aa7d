package org.swarchive.app;

import java.nio.file.Path;
import java.time.Clock;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.classify.Classifier;
import org.swarchive.classify.SlotFiling;
import org.swarchive.classify.TikaExtractor;
import org.swarchive.dashboard.GapUpload;
import org.swarchive.filing.ArchiveFiler;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;
import org.swarchive.store.Station;
import org.swarchive.store.StoreException;
import org.swarchive.store.alfresco.AlfrescoFiler;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.folder.FolderFiler;
import org.swarchive.store.folder.FolderStore;

/**
 * Fills the dashboard's gap upload door for the stations {@code swa serve} serves: the station's
 * own filer (the folder's OS lock, or the repository's claim, as every {@code swa file} run) and
 * the same reading and rules. On Alfresco it files through the service's client (the account
 * {@code swa serve} signed in with), not yet as the person.
 */
final class GapUploadService implements GapUpload {

    private final DocTypeCatalogue catalogue;
    private final Clock clock;

    GapUploadService(DocTypeCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public SlotFiling.Outcome file(Station station, SlotFiling.Slot slot, Path content, String name, boolean confirmed, String by) {
        try (ArchiveFiler filer = filer(station)) {
            String fonds = filer.fonds().orElseThrow(() -> new InvalidInput(Message.of("filing.now.no-fonds")));
            return new SlotFiling(filer, new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, clock.getZone()),
                    new Classifier(catalogue, Classifier.DEFAULT_THRESHOLD), catalogue, fonds, clock)
                    .file(content, name, slot, confirmed, by);
        }
    }

    private ArchiveFiler filer(Station station) {
        if (station.archive() instanceof FolderStore folder) {
            return new FolderFiler(folder, FolderFiler.DEFAULT_INBOX, TikaExtractor.DEFAULT_MAX_BYTES);
        }
        if (station.archive() instanceof AlfrescoStore store) {
            return new AlfrescoFiler(store, station.state(), AlfrescoFiler.Options.of(AlfrescoFiler.DEFAULT_INBOX,
                    TikaExtractor.DEFAULT_MAX_BYTES).waitingAtMost(FileNowService.CLAIM_WAIT));
        }
        throw new StoreException(Message.of("app.store.no-filing", station.archive().describe()), null);
    }
}
