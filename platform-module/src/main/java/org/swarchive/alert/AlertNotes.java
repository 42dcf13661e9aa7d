package org.swarchive.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.swarchive.store.StationState;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes a station's {@link AlertState} in its store, and the short lease that lets
 * only one replica at a time work on a station's alerts.
 */
final class AlertNotes {

    static final String AREA = "alerts";
    static final String STATE = "state.json";
    static final String LEASE = "lease";

    private final JsonMapper json = JsonMapper.builder().build();

    Optional<AlertState> read(StationState state) {
        return state.read(AREA, STATE).map(text -> json.readValue(text, AlertState.class));
    }

    void write(StationState state, AlertState alerts) {
        state.write(AREA, STATE, json.writeValueAsString(alerts));
    }

    /** A claim on a station's alerts until it expires; released by its holder. */
    record Lease(String token, Instant until) {
    }

    /**
     * Takes the lease, or empty when another replica holds one that has not expired. A lease left
     * by a replica that died is taken over once it expires.
     */
    Optional<Lease> take(StationState state, Instant now, Duration length) {
        Lease mine = new Lease(UUID.randomUUID().toString(), now.plus(length));
        String text = mine.token() + " " + mine.until();
        if (state.create(AREA, LEASE, text)) {
            return Optional.of(mine);
        }
        Optional<Instant> held = state.read(AREA, LEASE).map(t -> t.split(" ")).filter(p -> p.length == 2)
                .map(p -> Instant.parse(p[1].trim()));
        if (held.isPresent() && held.get().isAfter(now)) {
            return Optional.empty();
        }
        state.delete(AREA, LEASE);
        return state.create(AREA, LEASE, text) ? Optional.of(mine) : Optional.empty();
    }

    void release(StationState state, Lease lease) {
        if (state.read(AREA, LEASE).filter(t -> t.startsWith(lease.token() + " ")).isPresent()) {
            state.delete(AREA, LEASE);
        }
    }
}
