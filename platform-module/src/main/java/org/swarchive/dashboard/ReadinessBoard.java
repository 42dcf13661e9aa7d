package org.swarchive.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Period;
import org.swarchive.check.CheckResult;
import org.swarchive.check.ScoreHistory;
import org.swarchive.check.StationCheck;
import org.swarchive.evidence.Framework;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;
import org.swarchive.store.Station;

/**
 * The served stations and their readiness. A check of a large station reads thousands of
 * metadata files, so each station's result is kept for a while ({@code maxAge}) and every page
 * is drawn from it; a fresh check also adds the day's point to the station's score history.
 */
public final class ReadinessBoard {

    private final Map<String, Station> stations;
    private final List<String> order;
    private final Framework framework;
    private final Period period;
    private final DocTypeCatalogue catalogue;
    private final StationCheck check;
    private final ScoreHistory history;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    /** One station's check and trend as of a moment. */
    public record Snapshot(Station station, CheckResult result, ScoreHistory.Trend trend, Instant checkedAt) {
    }

    public ReadinessBoard(List<Station> stations, Framework framework, Period period, DocTypeCatalogue catalogue,
                          StationCheck check, ScoreHistory history, Clock clock, Duration maxAge) {
        Map<String, Station> byId = new LinkedHashMap<>();
        for (Station s : stations) {
            if (byId.putIfAbsent(s.id(), s) != null) {
                throw new InvalidInput(Message.of("dashboard.duplicate-station", s.id()));
            }
        }
        this.stations = Map.copyOf(byId);
        this.order = List.copyOf(byId.keySet());
        this.framework = framework;
        this.period = period;
        this.catalogue = catalogue;
        this.check = check;
        this.history = history;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    public List<Station> stations() {
        return order.stream().map(stations::get).toList();
    }

    public Optional<Station> station(String id) {
        return Optional.ofNullable(id).map(stations::get);
    }

    public Framework framework() {
        return framework;
    }

    public Period period() {
        return period;
    }

    public DocTypeCatalogue catalogue() {
        return catalogue;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The board's moment: an evaluator's window is open or not at it. */
    public Instant now() {
        return clock.instant();
    }

    /** Where the board's days begin and end. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** The kept result while it is young enough and from today; otherwise a fresh check. */
    public Snapshot current(Station station) {
        return snapshots.compute(station.id(), (id, kept) -> kept != null && fresh(kept) ? kept : checkNow(station));
    }

    /** A fresh check, whatever is kept. */
    public Snapshot recheck(Station station) {
        return snapshots.compute(station.id(), (id, kept) -> checkNow(station));
    }

    private boolean fresh(Snapshot s) {
        Instant now = clock.instant();
        return s.result().assessment().asOf().equals(today()) && s.checkedAt().plus(maxAge).isAfter(now);
    }

    private Snapshot checkNow(Station station) {
        CheckResult result = check.run(station.archive(), framework, period, today());
        // The summary draws at most SERIES points, today's among them: no older day needs reading.
        ScoreHistory.Trend trend = history.trend(station.state(), result, StationSummary.SERIES - 1);
        history.record(station.state(), result);
        return new Snapshot(station, result, trend, clock.instant());
    }
}
