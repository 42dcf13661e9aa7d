package org.swarchive.filing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.swarchive.i18n.Message;
import org.swarchive.store.StationState;
import org.swarchive.store.StoreException;

/**
 * The station's filing lock kept in its notes, for a store without a lock of its own (Alfresco): a
 * note ({@code filing/claim}) that exactly one filer creates (StationState.create is atomic across
 * processes and replicas) and holds around drawing an item number and filing one document. A claim older than the stale time was left by a filer that died
 * holding it and is taken over; so that two filers that both find it stale do not both take it,
 * the takeover is itself claimed, by a marker note named after the stale claim.
 */
public final class NotesClaim implements FilingLock {

    static final String AREA = FilingNotes.AREA;
    static final String NAME = FilingNotes.CLAIM;

    /** Stale after 5 minutes; a filer waits for a live claim up to twice that, then takes a dead one over. */
    public static final Duration STALE = Duration.ofMinutes(5);
    public static final Duration WAIT = Duration.ofMinutes(11);

    /** How a filer waits between tries (tests pass a clock's). */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration pause) throws InterruptedException;
    }

    private final StationState notes;
    private final Clock clock;
    private final Duration stale;
    private final Duration wait;
    private final Pause pause;
    private final String owner;

    public NotesClaim(StationState notes, Clock clock, Duration stale, Duration wait, Pause pause) {
        this.notes = notes;
        this.clock = clock;
        this.stale = stale;
        this.wait = wait;
        this.pause = pause;
        this.owner = ProcessHandle.current().pid() + "@" + host() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The claim with the standard times, on the system clock. */
    public static NotesClaim of(StationState notes) {
        return new NotesClaim(notes, Clock.systemUTC(), STALE, WAIT, pause -> Thread.sleep(pause.toMillis()));
    }

    /**
     * Runs {@code work} holding the claim. A failure releases it; a filer killed midway (an
     * {@link Error} here) leaves it, to be taken over once stale, as a dead process would.
     */
    @Override
    public <T> T holding(Supplier<T> work) {
        String token = acquire();
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            try {
                release(token);
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        release(token);
        return result;
    }

    private String acquire() {
        Instant giveUp = clock.instant().plus(wait);
        long pauseMillis = 50;
        while (true) {
            String token = owner + " " + clock.instant();
            if (notes.create(AREA, NAME, token)) {
                return token;
            }
            Optional<String> held = notes.read(AREA, NAME);
            if (held.isPresent() && isStale(held.get()) && takeOver(held.get())) {
                continue;
            }
            if (clock.instant().isAfter(giveUp)) {
                String since = held.map(NotesClaim::since).map(Instant::toString).orElse("?");
                throw new StoreException(Message.of("filing.claim.busy", since, notes.locate(AREA, NAME)), null);
            }
            sleep(pauseMillis);
            pauseMillis = Math.min(pauseMillis * 2, 1000);
        }
    }

    private void release(String token) {
        // Only our own claim: one taken over from us after we stalled belongs to another filer now.
        if (notes.read(AREA, NAME).filter(token::equals).isPresent()) {
            notes.delete(AREA, NAME);
        }
    }

    /**
     * Removes a stale claim, once: only the filer that creates the marker for this very claim may
     * delete it, and only while it is still that claim. Returns whether the claim may be tried again.
     */
    private boolean takeOver(String staleClaim) {
        String marker = NAME + "-takeover-" + ContentHash.ofText(staleClaim).substring(0, 16);
        if (!notes.create(AREA, marker, owner + " " + clock.instant())) {
            // Another filer is taking it over; a marker left by one that died is stale in turn.
            notes.read(AREA, marker).filter(this::isStale).ifPresent(m -> notes.delete(AREA, marker));
            return false;
        }
        try {
            if (notes.read(AREA, NAME).filter(staleClaim::equals).isPresent()) {
                notes.delete(AREA, NAME);
            }
        } finally {
            notes.delete(AREA, marker);
        }
        return true;
    }

    private boolean isStale(String note) {
        Instant at = since(note);
        return at == null || at.plus(stale).isBefore(clock.instant());
    }

    /** When a claim (or marker) was taken: its last word; null when unreadable. */
    private static Instant since(String note) {
        String[] words = note.trim().split(" ");
        try {
            return Instant.parse(words[words.length - 1]);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private void sleep(long millis) {
        try {
            pause.sleep(Duration.ofMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(Message.of("filing.claim.interrupted"), e);
        }
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9.-]", "_");
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
