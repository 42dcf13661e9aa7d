package org.swarchive.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.swarchive.alert.DisposalProposals;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Retention;
import org.swarchive.archive.disposition.ProposalState;
import org.swarchive.dashboard.DisposalList;
import org.swarchive.disposition.DisposalService;
import org.swarchive.disposition.RegisterHtml;
import org.swarchive.disposition.RegisterWorkbook;
import org.swarchive.disposition.RetentionService;
import org.swarchive.store.Station;

/**
 * Fills the dashboard's and the alerts' doors from the retention feature, for folder and Alfresco
 * stations alike: records due for disposal and proposals awaiting approval. (Inspection windows
 * need no door: the dashboard and the digest read them from the station's notes.)
 */
final class StationFeatures implements DisposalList, DisposalProposals {

    private final Workbench workbench;
    private final DocTypeCatalogue catalogue;
    private final Clock clock;
    private final List<Station> stations;

    StationFeatures(Workbench workbench, DocTypeCatalogue catalogue, Clock clock, List<Station> stations) {
        this.workbench = workbench;
        this.catalogue = catalogue;
        this.clock = clock;
        this.stations = List.copyOf(stations);
    }

    /** Retention on a station of either store, under its own schedule (or the national one). */
    private RetentionService retention(Station station) {
        return workbench.retention(station, catalogue, null, clock.getZone());
    }

    /** Records that may be proposed for destruction now: retention run out, not held, not proposed yet. */
    @Override
    public List<DueRecord> dueOn(Station station, LocalDate date) {
        return retention(station).appraise(date).disposable().stream()
                .map(a -> new DueRecord(a.id(), a.title(), a.archiveCode().orElse(""),
                        Optional.ofNullable(a.record().retention()).map(Retention::code).orElse(""),
                        a.disposition().dispositionDate().orElse(null)))
                .toList();
    }

    @Override
    public List<PendingProposal> awaitingApproval(Station station) {
        return new DisposalService(retention(station), new RegisterWorkbook(), new RegisterHtml()).list().stream()
                .filter(o -> o.state() == ProposalState.PROPOSED)
                .map(o -> new PendingProposal(o.proposal().id(), o.proposal().note().isBlank() ? o.proposal().id()
                        : o.proposal().id() + " " + o.proposal().note(), o.proposal().items().size(),
                        o.proposal().createdAt().toLocalDate()))
                .toList();
    }
}
