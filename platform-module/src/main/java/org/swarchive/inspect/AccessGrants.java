package org.swarchive.inspect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.swarchive.access.AccessGrant;
import org.swarchive.i18n.Message;
import org.swarchive.store.StationState;

/**
 * The grants inspection windows and access requests made, kept in the station's notes beside what
 * they serve: a window's in {@code inspections/grants/ID.properties}, a request's in
 * {@code access/grants/ID.properties}. Each is written whole, before the permissions it records
 * are set, so that a sweep after any crash knows what to take back.
 */
public final class AccessGrants {

    static final String WINDOWS = InspectionWindowStore.AREA + "/grants";
    static final String REQUESTS = AccessLedger.AREA + "/grants";

    private final PropertiesNotes<AccessGrant> windows;
    private final PropertiesNotes<AccessGrant> requests;

    public AccessGrants(StationState state) {
        this.windows = new PropertiesNotes<>(state, WINDOWS, Message.of("inspect.note.window-grant"), AccessGrants::read);
        this.requests = new PropertiesNotes<>(state, REQUESTS, Message.of("inspect.note.request-grant"), AccessGrants::read);
    }

    public void save(AccessGrant g) {
        Properties p = new Properties();
        p.setProperty("source", g.source().name());
        p.setProperty("sourceId", g.sourceId());
        p.setProperty("authority", g.authority());
        p.setProperty("role", g.role());
        p.setProperty("state", g.state().name());
        p.setProperty("candidates", String.join(",", g.candidates()));
        p.setProperty("added", String.join(",", g.added()));
        p.setProperty("changedAt", g.changedAt().toString());
        notes(g.source()).save(g.sourceId(), p, "Station Archives grant: " + g.source().name().toLowerCase(java.util.Locale.ROOT)
                + " " + g.sourceId());
    }

    public Optional<AccessGrant> find(AccessGrant.Source source, String id) {
        return notes(source).all().stream().filter(g -> g.sourceId().equals(id)).findFirst();
    }

    /** Every grant of the station, windows' first, each oldest change first. */
    public List<AccessGrant> all() {
        List<AccessGrant> out = new ArrayList<>();
        for (AccessGrant.Source s : AccessGrant.Source.values()) {
            List<AccessGrant> some = new ArrayList<>(notes(s).all());
            some.sort(Comparator.comparing(AccessGrant::changedAt));
            out.addAll(some);
        }
        return out;
    }

    private PropertiesNotes<AccessGrant> notes(AccessGrant.Source source) {
        return source == AccessGrant.Source.WINDOW ? windows : requests;
    }

    private static AccessGrant read(Properties p) {
        return new AccessGrant(AccessGrant.Source.valueOf(p.getProperty("source")), p.getProperty("sourceId"),
                p.getProperty("authority"), p.getProperty("role"), AccessGrant.State.valueOf(p.getProperty("state")),
                ids(p.getProperty("candidates")), ids(p.getProperty("added")), Instant.parse(p.getProperty("changedAt")));
    }

    private static List<String> ids(String list) {
        return list == null || list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
