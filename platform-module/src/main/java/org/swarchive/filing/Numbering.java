package org.swarchive.filing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.archive.SeriesNumbering;
import org.swarchive.i18n.Message;
import org.swarchive.store.StationState;
import org.swarchive.store.StoreException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws the next 件号 of a series for every writer of a code — a filing, {@code review accept},
 * Share's File now, the destruction register, the demo generator — by the one rule of
 * {@link SeriesNumbering}: one past the station's counter, the highest code its store holds
 * ({@link FiledCodes}) and any number a filing in progress holds in the journal. Counters are notes
 * ({@code filing/series/KEY}, the last item used), moved forward only, once the record is written.
 * Everything here runs holding the station's {@link FilingLock}.
 */
public final class Numbering {

    /** The station's counters: a note a series, named by its key, holding the last item number used. */
    public static final String SERIES = FilingNotes.SERIES;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StationState notes;
    private final FiledCodes store;

    public Numbering(StationState notes, FiledCodes store) {
        this.notes = notes;
        this.store = store;
    }

    /** A code drawn, and the counter as it was read then (so the counter is written only when it moves). */
    public record Drawn(ArchiveCode code, int counter) {
    }

    /** The next code of {@code series}, every number in the journal counted as taken. */
    public Drawn next(ArchiveSeries series) {
        return next(series, reserved(series.key()));
    }

    /** The next code when the journal is known to hold nothing of the series (a filer has just recovered it). */
    public Drawn nextAfterRecovery(ArchiveSeries series) {
        return next(series, 0);
    }

    private Drawn next(ArchiveSeries series, int reserved) {
        int counter = counter(series.key());
        return new Drawn(SeriesNumbering.next(series, counter, store.highest(series), reserved), counter);
    }

    /** Moves the series' counter up to the code drawn, if it is not there already. */
    public void used(Drawn drawn) {
        if (drawn.counter() < drawn.code().item()) {
            notes.write(SERIES, ArchiveSeries.of(drawn.code()).key(), String.valueOf(drawn.code().item()));
        }
    }

    /** Moves a series' counter up to {@code item}, reading it afresh (a recovery does not know it). */
    public void used(String seriesKey, int item) {
        if (counter(seriesKey) < item) {
            notes.write(SERIES, seriesKey, String.valueOf(item));
        }
    }

    /**
     * Draws the next code of {@code series} and writes the record that carries it, holding the
     * station's lock; the counter moves once {@code write} has returned, so a failed write uses no number.
     */
    public <T> T draw(FilingLock lock, ArchiveSeries series, Function<ArchiveCode, T> write) {
        return lock.holding(() -> take(series, write));
    }

    /** The same, for a caller that holds the lock already. */
    public <T> T take(ArchiveSeries series, Function<ArchiveCode, T> write) {
        Drawn drawn = next(series);
        T written = write.apply(drawn.code());
        used(drawn);
        return written;
    }

    /**
     * Many codes drawn in one holding of the lock (a whole demo station written at once): each
     * series' counter and highest code read once, the counters written when the batch is closed.
     */
    public Batch batch() {
        return new Batch();
    }

    /** Codes drawn one after another; {@link #close} moves the counters past them all. */
    public final class Batch implements AutoCloseable {

        private final Map<String, Drawn> last = new LinkedHashMap<>();

        private Batch() {
        }

        public ArchiveCode next(ArchiveSeries series) {
            Drawn before = last.get(series.key());
            Drawn drawn = before == null ? Numbering.this.next(series)
                    : new Drawn(series.code(before.code().item() + 1), before.counter());
            last.put(series.key(), drawn);
            return drawn.code();
        }

        @Override
        public void close() {
            last.values().forEach(Numbering.this::used);
        }
    }

    /** The last item number used in a series, by its counter; 0 for a new series. */
    public int counter(String seriesKey) {
        Optional<String> stored = notes.read(SERIES, seriesKey).map(String::strip);
        try {
            return stored.map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException e) {
            throw new StoreException(Message.of("filing.counter.unreadable", notes.locate(SERIES, seriesKey), stored.get()), e);
        }
    }

    /** The highest number a filing in progress holds in the series (its journal entry); 0 when none. */
    private int reserved(String seriesKey) {
        int highest = 0;
        for (String name : notes.list(FilingNotes.JOURNAL)) {
            Optional<JsonNode> entry = notes.read(FilingNotes.JOURNAL, name).flatMap(Numbering::tree);
            if (entry.isPresent() && seriesKey.equals(entry.get().path("series").asString(""))) {
                highest = Math.max(highest, entry.get().path("item").asInt(0));
            }
        }
        return highest;
    }

    private static Optional<JsonNode> tree(String text) {
        try {
            return Optional.of(JSON.readTree(text));
        } catch (RuntimeException unreadable) {
            // Recovery names an unreadable entry; it holds no number to count here.
            return Optional.empty();
        }
    }
}
