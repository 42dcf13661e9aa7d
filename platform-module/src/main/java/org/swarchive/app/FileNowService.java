package org.swarchive.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.LocalizedText;
import org.swarchive.i18n.Message;
import org.swarchive.classify.Classifier;
import org.swarchive.classify.InboxFiling;
import org.swarchive.classify.TikaExtractor;
import org.swarchive.dashboard.FileNow;
import org.swarchive.filing.InboxItem;
import org.swarchive.filing.ReviewIds;
import org.swarchive.store.Station;
import org.swarchive.store.StoreException;
import org.swarchive.store.alfresco.AlfrescoFiler;
import org.swarchive.store.alfresco.AlfrescoStore;

/**
 * Fills the dashboard's File now door for the Alfresco stations {@code swa serve} serves: finds the
 * station whose inbox holds the node and files it with that station's filer, under the same claim
 * as every {@code swa file} run, so a click in Share and a run in a terminal never share a number.
 */
final class FileNowService implements FileNow {

    /** A click waits this long for another filer's claim, then says so; a dead filer's claim is stale after 5 minutes. */
    static final Duration CLAIM_WAIT = Duration.ofSeconds(30);

    private final Workbench workbench;
    private final DocTypeCatalogue catalogue;
    private final Clock clock;
    private final List<Station> stations;

    FileNowService(Workbench workbench, DocTypeCatalogue catalogue, Clock clock, List<Station> stations) {
        this.workbench = workbench;
        this.catalogue = catalogue;
        this.clock = clock;
        this.stations = List.copyOf(stations);
    }

    @Override
    public Outcome file(String nodeId) {
        for (Station s : stations) {
            if (!(s.archive() instanceof AlfrescoStore store)) {
                continue;
            }
            AlfrescoFiler.Options options = AlfrescoFiler.Options.of(AlfrescoFiler.DEFAULT_INBOX, TikaExtractor.DEFAULT_MAX_BYTES)
                    .waitingAtMost(CLAIM_WAIT);
            try (AlfrescoFiler filer = new AlfrescoFiler(store, s.state(), options)) {
                Optional<InboxItem> item = filer.inboxItem(nodeId);
                if (item.isPresent()) {
                    return file(s, filer, item.get(), nodeId);
                }
            } catch (StoreException e) {
                return new Refused(s.id(), nodeId, Refused.Kind.UNAVAILABLE, e.reason());
            }
        }
        return new NotInInbox(nodeId);
    }

    private Outcome file(Station s, AlfrescoFiler filer, InboxItem item, String nodeId) {
        if (item.name().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return new Refused(s.id(), nodeId, Refused.Kind.INVALID, Message.of("filing.now.zip"));
        }
        Optional<String> fonds = filer.fonds();
        if (fonds.isEmpty()) {
            return new Refused(s.id(), nodeId, Refused.Kind.INVALID, Message.of("filing.now.no-fonds"));
        }
        InboxFiling run = workbench.inboxFiling(filer, catalogue, TikaExtractor.DEFAULT_MAX_BYTES, Classifier.DEFAULT_THRESHOLD,
                fonds.get(), clock);
        InboxFiling.Event e = run.fileNow(item);
        if (e instanceof InboxFiling.Event.Filed f) {
            return new Filed(s.id(), nodeId, f.code(), f.filedAs());
        }
        if (e instanceof InboxFiling.Event.Queued q) {
            return new Queued(s.id(), nodeId, q.review().id(), List.copyOf(q.review().reasons()));
        }
        if (e instanceof InboxFiling.Event.Failed f) {
            return new Queued(s.id(), nodeId, ReviewIds.of(f.id()), List.of(LocalizedText.from(f.reason())));
        }
        InboxFiling.Event.Skipped skipped = (InboxFiling.Event.Skipped) e;
        return new Refused(s.id(), nodeId, Refused.Kind.DUPLICATE, LocalizedText.from(skipped.reason()));
    }
}
