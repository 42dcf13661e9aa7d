package org.swarchive.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.swarchive.access.InspectionWindow;
import org.swarchive.alert.DisposalProposals;
import org.swarchive.alert.InspectionCalendar;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Retention;
import org.swarchive.archive.disposition.ProposalState;
import org.swarchive.dashboard.DisposalList;
import org.swarchive.dashboard.InspectionWindows;
import org.swarchive.disposition.DisposalService;
import org.swarchive.disposition.RegisterHtml;
import org.swarchive.disposition.RegisterWorkbook;
import org.swarchive.disposition.RetentionService;
import org.swarchive.store.Station;

/**
 * Fills the dashboard's and the alerts' doors from the retention and inspection features, for
 * folder and Alfresco stations alike: records due for disposal, proposals awaiting approval, and the inspection
 * windows ({@code swa inspect open}) that let an evaluator in or are about to open or close.
 */
final class StationFeatures implements DisposalList, DisposalProposals, InspectionWindows, InspectionCalendar {

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

    @Override
    public List<OpenWindow> openFor(String evaluator, LocalDate date) {
        ZoneId zone = clock.getZone();
        return windows(w -> w.evaluatorGroup().equals(evaluator) && w.isOpenAt(clock.instant()))
                .map(e -> new OpenWindow(e.getKey(), LocalDate.ofInstant(e.getValue().from(), zone),
                        LocalDate.ofInstant(e.getValue().effectiveEnd(), zone)))
                .toList();
    }

    @Override
    public List<WindowChange> between(Station station, LocalDate from, LocalDate until) {
        ZoneId zone = clock.getZone();
        Function<java.time.Instant, LocalDate> day = i -> LocalDate.ofInstant(i, zone);
        return new org.swarchive.inspect.InspectionWindows(station.state()).all().stream()
                .flatMap(w -> java.util.stream.Stream.of(
                        new WindowChange(w.evaluatorGroup(), day.apply(w.from()), true),
                        new WindowChange(w.evaluatorGroup(), day.apply(w.effectiveEnd()), false)))
                .filter(c -> !c.date().isBefore(from) && !c.date().isAfter(until))
                .sorted(java.util.Comparator.comparing(WindowChange::date)).toList();
    }

    /** Every served station's windows that pass the filter, with the station's id. */
    private java.util.stream.Stream<Map.Entry<String, InspectionWindow>> windows(java.util.function.Predicate<InspectionWindow> which) {
        return stations.stream().sorted(java.util.Comparator.comparing(Station::id))
                .flatMap(s -> new org.swarchive.inspect.InspectionWindows(s.state()).all().stream()
                        .filter(which).map(w -> Map.entry(s.id(), w)));
    }
}
