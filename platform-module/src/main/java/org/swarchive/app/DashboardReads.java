package org.swarchive.app;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.swarchive.access.AccessEntry;
import org.swarchive.access.AccessMode;
import org.swarchive.access.InspectionWindow;
import org.swarchive.access.Person;
import org.swarchive.dashboard.EvidenceReads;
import org.swarchive.i18n.Message;
import org.swarchive.inspect.AccessLedger;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.store.EvidenceFiles.EvidenceFile;
import org.swarchive.store.Station;

/**
 * Fills the dashboard's access-register door: each document it sends is a line of the station's
 * own register naming the signed-in person (查阅人). An evaluator's line gives their unit and the
 * window they read under (its purpose, who opened it, its end); a staff member's, the station as
 * their unit and the dashboard as the purpose.
 */
final class DashboardReads implements EvidenceReads {

    private final Clock clock;

    DashboardReads(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void opened(Station station, EvidenceFile file, Person reader, AccessMode mode) {
        Instant now = clock.instant();
        String code = file.properties().getOrDefault("swa:archiveCode", "");
        String title = file.properties().getOrDefault("cm:title", file.name());
        AccessEntry entry;
        if (!reader.isEvaluator()) {
            String unit = reader.unit().isEmpty()
                    ? Message.of("inspect.dashboard.station", reader.station().isEmpty() ? station.id() : reader.station()).in(AccessEntry.REGISTER)
                    : reader.unit();
            entry = new AccessEntry(reader.name(), unit, now, code, title,
                    Message.of("inspect.dashboard.purpose").in(AccessEntry.REGISTER), "", mode, null);
        } else {
            Optional<InspectionWindow> window = new InspectionWindowStore(station.state()).all().stream()
                    .filter(w -> w.isOpenTo(reader.group(), now)).findFirst();
            String unit = reader.unit().isEmpty() ? Message.of("access.window.unit", reader.group()).in(AccessEntry.REGISTER) : reader.unit();
            entry = new AccessEntry(reader.name(), unit, now, code, title,
                    window.map(w -> w.purpose().in(AccessEntry.REGISTER)).orElse(Message.of("inspect.dashboard.evaluator-view").in(AccessEntry.REGISTER)),
                    window.map(InspectionWindow::openedBy).orElse(""), mode, window.map(InspectionWindow::effectiveEnd).orElse(null));
        }
        new AccessLedger(station.state()).record(entry);
    }
}
