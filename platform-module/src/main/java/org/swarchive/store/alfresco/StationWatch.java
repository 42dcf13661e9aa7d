package org.swarchive.store.alfresco;

import jakarta.jms.ConnectionFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.swarchive.i18n.Message;
import org.swarchive.store.StoreException;

/**
 * Keeps stations in Alfresco current — one station or a whole district: one poll loop over all of
 * them (a search per station for a document changed since its checkpoint) and, with the
 * repository's broker, one event listener that maps each station folder to its station and
 * re-checks it, debounced, within seconds. Every re-check of a station — poll, event, or a
 * request from Share — goes through that station's {@link ChangePoller}: one at a time, and the
 * checkpoint moved only after it succeeded. A station that fails is reported and the others go on.
 */
public final class StationWatch implements AutoCloseable {

    /** A station to keep current: the key it is reported by (its served id), its repository and site, its re-check. */
    public record Watched(String key, AlfrescoClient client, String site, ChangePoller.Recheck recheck) {
    }

    /** Where failures go: on a background thread nothing else would see them. */
    @FunctionalInterface
    public interface Problems {
        void report(String key, RuntimeException problem);
    }

    /** One round of polls: the stations that had changed and were re-checked, and those that failed. */
    public record Round(List<String> rechecked, List<String> failed) {
        public Round {
            rechecked = List.copyOf(rechecked);
            failed = List.copyOf(failed);
        }
    }

    private final Map<String, Watched> stations = new LinkedHashMap<>();
    private final Map<String, ChangePoller> pollers = new LinkedHashMap<>();
    private final Problems problems;
    private final ScheduledExecutorService events = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "swa-watch-events");
        t.setDaemon(true);
        return t;
    });
    private RepositoryEventListener listener;

    public StationWatch(List<Watched> watched, Clock clock, Problems problems) {
        for (Watched w : watched) {
            if (stations.putIfAbsent(w.key(), w) != null) {
                throw new IllegalArgumentException("station watched twice: " + w.key());
            }
            pollers.put(w.key(), new ChangePoller(w.client(), clock));
        }
        this.problems = problems;
    }

    /** The keys of the watched stations, in the order given. */
    public List<String> keys() {
        return List.copyOf(stations.keySet());
    }

    public boolean watches(String key) {
        return stations.containsKey(key);
    }

    /** One round over every station; one that fails is reported and the next is polled all the same. */
    public Round poll() {
        List<String> rechecked = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Watched w : stations.values()) {
            try {
                if (pollers.get(w.key()).poll(w.site(), w.recheck())) {
                    rechecked.add(w.key());
                }
            } catch (RuntimeException e) {
                failed.add(w.key());
                problems.report(w.key(), e);
            }
        }
        return new Round(rechecked, failed);
    }

    /**
     * Re-checks a station now, without asking the index (an event, or a person, said something
     * changed), as a poll would on change. A failure is the caller's to report.
     */
    public void recheck(String key) {
        Watched w = stations.get(key);
        if (w == null) {
            throw new IllegalArgumentException("not watched: " + key);
        }
        pollers.get(key).recheck(w.site(), w.recheck());
    }

    /**
     * Listens on the repository's event topic: an event below a station's folder re-checks that
     * station once things have been quiet for {@code debounce}. A station whose folder cannot be
     * found now is reported and left to the poll loop.
     */
    public synchronized void listen(ConnectionFactory factory, Duration debounce) {
        Map<String, String> folders = new LinkedHashMap<>();
        for (Watched w : stations.values()) {
            try {
                folders.put(pollers.get(w.key()).stationId(w.site()), w.key());
            } catch (StoreException e) {
                problems.report(w.key(), e);
            }
        }
        if (folders.isEmpty()) {
            throw new StoreException(AlfrescoClient.reason(Message.of("alfresco.watch.no-station-folder")), null);
        }
        listener = RepositoryEventListener.start(factory, folders, new Debouncer(Debouncer.on(events), debounce, key -> {
            try {
                recheck(key);
            } catch (RuntimeException e) {
                problems.report(key, e);
            }
        }));
    }

    /** Polls every {@code interval} until the thread is interrupted. */
    public void run(Duration interval) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            Thread.sleep(interval.toMillis());
            poll();
        }
    }

    @Override
    public synchronized void close() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        events.shutdownNow();
    }
}
