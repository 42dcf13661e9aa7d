package org.swarchive.app;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.classify.Classifier;
import org.swarchive.classify.SlotFiling;
import org.swarchive.classify.TikaExtractor;
import org.swarchive.dashboard.GapUpload;
import org.swarchive.dashboard.SignedIn;
import org.swarchive.filing.ArchiveFiler;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;
import org.swarchive.store.Station;
import org.swarchive.store.StoreException;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.AlfrescoFiler;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.folder.FolderFiler;
import org.swarchive.store.folder.FolderStore;

/**
 * Fills the dashboard's gap upload door for the stations {@code swa serve} serves: the station's
 * own filer (the folder's OS lock, or the repository's claim, as every {@code swa file} run) and
 * the same reading and rules. On Alfresco the documents go through the repository as the signed-in
 * person (their ticket): the repository decides whether they may put a document into the inbox
 * and file it, and the record is theirs ({@code cm:creator}, {@code cm:modifier}). The filing's
 * notes — the lock, the journal, the numbering, the content index — stay the service's, in the
 * station's notes, as for every filer: one filing transaction, whoever files.
 */
final class GapUploadService implements GapUpload {

    private final DocTypeCatalogue catalogue;
    private final Clock clock;

    GapUploadService(DocTypeCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public SlotFiling.Outcome file(Station station, SlotFiling.Slot slot, Path content, String name, boolean confirmed, SignedIn by) {
        try (ArchiveFiler filer = filer(station, by)) {
            return file(filer, slot, content, name, confirmed, by);
        } catch (AlfrescoClient.Refused refused) {
            if (refused.status() == 401) {
                // The repository no longer takes the person's ticket: signed out, as on any page they open.
                throw new CredentialsExpiredException("the repository no longer takes the ticket", refused);
            }
            throw refused;
        }
    }

    private SlotFiling.Outcome file(ArchiveFiler filer, SlotFiling.Slot slot, Path content, String name, boolean confirmed, SignedIn by) {
        String fonds = filer.fonds().orElseThrow(() -> new InvalidInput(Message.of("filing.now.no-fonds")));
        return new SlotFiling(filer, new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, clock.getZone()),
                new Classifier(catalogue, Classifier.DEFAULT_THRESHOLD), catalogue, fonds, clock)
                .file(content, name, slot, confirmed, by.person().name());
    }

    private ArchiveFiler filer(Station station, SignedIn by) {
        if (station.archive() instanceof FolderStore folder) {
            return new FolderFiler(folder, FolderFiler.DEFAULT_INBOX, TikaExtractor.DEFAULT_MAX_BYTES);
        }
        if (station.archive() instanceof AlfrescoStore service) {
            // Only a person the repository signed in has a ticket to act with; nobody else writes there from the pages.
            if (!(by instanceof RepositoryUser person)) {
                throw new StoreException(Message.of("app.upload.no-repository-identity", by.person().name(), service.describe()), null);
            }
            AlfrescoStore store = service.as(person.signedIn().credentials());
            return new AlfrescoFiler(store, station.state(), AlfrescoFiler.Options.of(AlfrescoFiler.DEFAULT_INBOX,
                    TikaExtractor.DEFAULT_MAX_BYTES).waitingAtMost(FileNowService.CLAIM_WAIT));
        }
        throw new StoreException(Message.of("app.store.no-filing", station.archive().describe()), null);
    }
}
