package org.swarchive.dashboard;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Documents handed in that contradict their slot, held until the person confirms or cancels: in
 * temporary files of this server, for their sign-in session only (the confirmation form names
 * one by a random token), deleted when taken, and all of them when the session ends. Nothing is
 * filed or kept in the station meanwhile.
 */
final class PendingUploads implements HttpSessionBindingListener {

    private static final String ATTRIBUTE = PendingUploads.class.getName();
    /** A person confirms one document at a time; an abandoned one makes way for the next. */
    private static final int MAX_HELD = 5;

    /** One document held: its temporary file and the name it was handed in under. */
    record Held(Path file, String name) {
        void delete() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file left behind is the system's to clean; nothing of the station is in it alone.
            }
        }
    }

    private record Entry(Held held, String station, String indicator) {
    }

    private final Map<String, Entry> held = new ConcurrentHashMap<>();

    static PendingUploads of(HttpSession session) {
        synchronized (session) {
            Object found = session.getAttribute(ATTRIBUTE);
            if (found instanceof PendingUploads p) {
                return p;
            }
            PendingUploads p = new PendingUploads();
            session.setAttribute(ATTRIBUTE, p);
            return p;
        }
    }

    /** Holds the document for the slot; answers the token its confirmation form carries. */
    String hold(Held document, String station, String indicator) {
        if (held.size() >= MAX_HELD) {
            held.keySet().stream().findFirst().ifPresent(this::drop);
        }
        String token = UUID.randomUUID().toString();
        held.put(token, new Entry(document, station, indicator));
        return token;
    }

    /** The document held under the token for this station and indicator, taken out (the caller deletes it). */
    Optional<Held> take(String token, String station, String indicator) {
        Entry e = held.get(token);
        if (e == null || !e.station().equals(station) || !e.indicator().equals(indicator)) {
            return Optional.empty();
        }
        held.remove(token);
        return Optional.of(e.held());
    }

    void drop(String token) {
        if (token != null) {
            Optional.ofNullable(held.remove(token)).ifPresent(e -> e.held().delete());
        }
    }

    @Override
    public void valueUnbound(HttpSessionBindingEvent event) {
        held.values().forEach(e -> e.held().delete());
        held.clear();
    }
}
