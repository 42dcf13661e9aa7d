package org.swarchive.store;

import java.util.List;
import java.util.Optional;

/**
 * The service's own notes about a station — what alerts already announced, past check results —
 * kept in the station's store beside its archive, so that a restart or a second replica knows
 * what the first one did (design.md: the platform service is stateless). Notes live in areas
 * ({@code alerts}, {@code history}); names and areas are plain words ({@code [A-Za-z0-9._-]},
 * not starting with a dot).
 */
public interface StationState {

    Optional<String> read(String area, String name);

    /** Replaces the note atomically: a reader sees the old content or the new, never half of either. */
    void write(String area, String name, String content);

    /**
     * Creates the note only if it does not exist yet, atomically: of two replicas racing, exactly
     * one gets {@code true}. This is how a replica claims work.
     */
    boolean create(String area, String name, String content);

    void delete(String area, String name);

    /** The names in an area, sorted. */
    List<String> list(String area);

    /** Checks an area or a name: plain words only, so no note ever lands outside its area. */
    static String plainName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_][A-Za-z0-9._-]{0,127}")) {
            throw new IllegalArgumentException("not a plain note name: " + name);
        }
        return name;
    }
}
