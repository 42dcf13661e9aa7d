package org.swarchive.app;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.swarchive.access.AccessEntry;
import org.swarchive.access.AccessMode;
import org.swarchive.access.InspectionWindow;
import org.swarchive.dashboard.EvidenceReads;
import org.swarchive.i18n.Message;
import org.swarchive.inspect.AccessLedger;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.store.EvidenceFiles.EvidenceFile;
import org.swarchive.store.Station;

/**
 * Fills the dashboard's access-register door: each evidence file it sends is an online read in
 * the station's own register. The dashboard has no login yet, so a reader is named by what the
 * page is: an evaluator group's view (with the window it reads under), or the station's view.
 */
final class DashboardReads implements EvidenceReads {

    /** The reader of a staff page, as the register names it (the register is kept in {@link AccessEntry#REGISTER}'s language). */
    static final String STAFF = Message.of("inspect.dashboard.staff").in(AccessEntry.REGISTER);

    private final Clock clock;

    DashboardReads(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void opened(Station station, EvidenceFile file, String evaluator) {
        Instant now = clock.instant();
        String code = file.properties().getOrDefault("swa:archiveCode", "");
        String title = file.properties().getOrDefault("cm:title", file.name());
        AccessEntry entry;
        if (evaluator == null) {
            entry = new AccessEntry(STAFF, Message.of("inspect.dashboard.station", station.id()).in(AccessEntry.REGISTER), now, code, title,
                    Message.of("inspect.dashboard.purpose").in(AccessEntry.REGISTER), "", AccessMode.ONLINE, null);
        } else {
            Optional<InspectionWindow> window = new InspectionWindowStore(station.state()).all().stream()
                    .filter(w -> w.isOpenTo(evaluator, now)).findFirst();
            entry = new AccessEntry(evaluator, Message.of("access.window.unit", evaluator).in(AccessEntry.REGISTER), now, code, title,
                    window.map(w -> w.purpose().in(AccessEntry.REGISTER)).orElse(Message.of("inspect.dashboard.evaluator-view").in(AccessEntry.REGISTER)),
                    window.map(InspectionWindow::openedBy).orElse(""), AccessMode.ONLINE, window.map(InspectionWindow::effectiveEnd).orElse(null));
        }
        new AccessLedger(station.state()).record(entry);
    }
}
