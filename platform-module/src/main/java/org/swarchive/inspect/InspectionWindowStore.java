package org.swarchive.inspect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.swarchive.access.InspectionWindow;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;
import org.swarchive.store.StationState;

/**
 * The one store of inspection windows: kept in the station's own notes (area {@code inspections}:
 * the folder store's {@code .swa/inspections/}, Alfresco's {@code .swa/inspections} folder in the
 * site), so a restart never forgets one: the notes are the only state. Each window is one
 * properties note, written whole. Whoever needs windows (the grant sweep, the evaluator's view,
 * the digest, disposition's holds) reads them here and asks the {@link InspectionWindow} record.
 */
public final class InspectionWindowStore {

    public static final String AREA = "inspections";

    private final PropertiesNotes<InspectionWindow> notes;

    public InspectionWindowStore(StationState state) {
        this.notes = new PropertiesNotes<>(state, AREA, Message.of("inspect.note.window"), InspectionWindowStore::read);
    }

    public InspectionWindow open(String station, String group, Instant from, Instant until, String openedBy) {
        InspectionWindow.check(group, from, until);
        InspectionWindow w = new InspectionWindow(UUID.randomUUID().toString().substring(0, 8), station, group, from, until,
                Optional.empty(), openedBy);
        save(w);
        return w;
    }

    public InspectionWindow close(String id, Instant at) {
        InspectionWindow w = find(id).orElseThrow(() -> new InvalidInput(Message.of("inspect.window.unknown", id)));
        InspectionWindow closed = w.closedAt(at);
        save(closed);
        return closed;
    }

    public Optional<InspectionWindow> find(String id) {
        return all().stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /** Every window of the station, earliest start first. */
    public List<InspectionWindow> all() {
        List<InspectionWindow> windows = new ArrayList<>(notes.all());
        windows.sort(Comparator.comparing(InspectionWindow::from));
        return windows;
    }

    private void save(InspectionWindow w) {
        Properties p = new Properties();
        p.setProperty("id", w.id());
        p.setProperty("station", w.station());
        p.setProperty("evaluatorGroup", w.evaluatorGroup());
        p.setProperty("from", w.from().toString());
        p.setProperty("until", w.until().toString());
        w.closedAt().ifPresent(c -> p.setProperty("closedAt", c.toString()));
        p.setProperty("openedBy", w.openedBy());
        notes.save(w.id(), p, "Station Archives inspection window");
    }

    private static InspectionWindow read(Properties p) {
        return new InspectionWindow(p.getProperty("id"), p.getProperty("station"), p.getProperty("evaluatorGroup"),
                Instant.parse(p.getProperty("from")), Instant.parse(p.getProperty("until")),
                Optional.ofNullable(p.getProperty("closedAt")).map(Instant::parse), p.getProperty("openedBy", ""));
    }
}
