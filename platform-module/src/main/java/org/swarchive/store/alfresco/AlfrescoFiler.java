package org.swarchive.store.alfresco;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.swarchive.filing.NotesClaim;
import org.swarchive.filing.StationFiler;
import org.swarchive.i18n.Message;
import org.swarchive.store.StationState;
import org.swarchive.store.StoreException;

/**
 * Files the documents of a station's inbox in Alfresco into its category folders: the one filing
 * transaction ({@link StationFiler}) over Alfresco's way of keeping things ({@link AlfrescoFilingStore}:
 * a node moved and its type specialised), holding the station's filing claim ({@link NotesClaim}),
 * with its notes in the site ({@code documentLibrary/.swa/filing/}). One filer serves one thread;
 * replicas each make their own.
 */
public final class AlfrescoFiler extends StationFiler {

    public static final String DEFAULT_INBOX = StationProvisioner.INBOX;

    /**
     * How a filer works: the inbox folder below the station, the largest file it reads, when a
     * claim is stale and how long to wait for another filer's, the clock and pause for that,
     * and a hook after each step of a filing ({@code journal}, {@code moved}, {@code typed},
     * {@code counted}) that tests throw from to kill a run there.
     */
    public record Options(String inbox, long maxFileBytes, Duration staleClaim, Duration claimWait, Clock clock,
                          NotesClaim.Pause pause, Consumer<String> checkpoint) {

        public Options {
            inbox = inboxPath(inbox);
        }

        /** Claims stale after 5 minutes; a filer waits for a live one up to twice that, then takes a dead one over. */
        public static Options of(String inbox, long maxFileBytes) {
            return new Options(inbox, maxFileBytes, NotesClaim.STALE, NotesClaim.WAIT, Clock.systemUTC(),
                    pause -> Thread.sleep(pause.toMillis()), step -> { });
        }

        public Options waitingAtMost(Duration wait) {
            return new Options(inbox, maxFileBytes, staleClaim, wait, clock, pause, checkpoint);
        }

        public Options withClock(Clock other) {
            return new Options(inbox, maxFileBytes, staleClaim, claimWait, other, pause, checkpoint);
        }

        public Options withCheckpoint(Consumer<String> hook) {
            return new Options(inbox, maxFileBytes, staleClaim, claimWait, clock, pause, hook);
        }
    }

    public AlfrescoFiler(AlfrescoStore store, StationState notes, Options options) {
        super(new AlfrescoFilingStore(store, options.inbox(), options.maxFileBytes()), notes,
                new NotesClaim(notes, options.clock(), options.staleClaim(), options.claimWait(), options.pause()),
                options.maxFileBytes(), options.checkpoint());
    }

    /** The inbox option as a path below the station folder: plain names joined by "/". */
    static String inboxPath(String inbox) {
        String trimmed = inbox == null ? "" : inbox.strip().replaceAll("^/+|/+$", "");
        try {
            return StationState.plainArea(trimmed);
        } catch (IllegalArgumentException e) {
            throw new StoreException(Message.of("filing.inbox.outside", String.valueOf(inbox)), e);
        }
    }
}
