package org.swarchive.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.swarchive.archive.Period;
import org.swarchive.check.CheckResult;
import org.swarchive.dashboard.SheetFiling;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.assessment.ScoreSheet;
import org.swarchive.i18n.Language;
import org.swarchive.inspect.ScannedStation;
import org.swarchive.inspect.ScoreSheetFiling;
import org.swarchive.inspect.WorksheetStore;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.store.Station;

/**
 * A complete sheet filed: the station checked as of a day, the sheet made from the window's
 * entries and filed by {@link ScoreSheetFiling} (idempotent). One way for {@code swa inspect submit}
 * and for the web's submission (the dashboard's {@link SheetFiling} door).
 */
final class SubmittedSheets implements SheetFiling {

    /** The sheet as filed, and where. */
    record Result(ScoreSheet sheet, WorksheetStore.Filed filed) {
    }

    private final Workbench workbench;
    private final DocTypeCatalogue catalogue;
    private final Framework framework;
    private final Period period;
    private final Clock clock;

    SubmittedSheets(Workbench workbench, DocTypeCatalogue catalogue, Framework framework, Period period, Clock clock) {
        this.workbench = workbench;
        this.catalogue = catalogue;
        this.framework = framework;
        this.period = period;
        this.clock = clock;
    }

    Result file(Station station, String window, LocalDate asOf, Language lang) {
        WorksheetStore store = new WorksheetStore(station.state());
        ScannedStation scan = ScannedStation.of(station.archive());
        CheckResult result = scan.check(workbench.stationCheck(), framework, period, asOf);
        ScoreSheet sheet = ScoreSheet.of(station.id(), result.assessment(), store.window(window), store.load(window));
        WorksheetStore.Filed filed = new ScoreSheetFiling(catalogue, clock.getZone()).file(Workbench.records(station), store, sheet,
                result.assessment().period().label(), scan.records().values(), lang, clock.instant());
        return new Result(sheet, filed);
    }

    @Override
    public Optional<WorksheetStore.Filed> file(Station station, String window, Language lang) {
        return Optional.of(file(station, window, LocalDate.now(clock), lang).filed());
    }
}
