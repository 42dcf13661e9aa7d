package org.swarchive.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.swarchive.i18n.Language;
import org.swarchive.dashboard.NodeChecks;
import org.swarchive.dashboard.ReadinessBoard;
import org.swarchive.store.Station;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.alfresco.EvidenceWriteBack;
import org.swarchive.store.alfresco.StationFolders;
import org.swarchive.store.alfresco.StationWatch;

/**
 * The stations {@code swa serve} reaches in Alfresco. Share's 检查准备度 on any of their nodes
 * re-checks the station now; with {@code --watch} they are also kept current as {@code swa watch}
 * keeps them (a poll loop and, with the repository's broker, its events). Every re-check goes
 * through the board, so the dashboard and the dashlet show it at once, and is written back.
 */
final class RepositoryStations implements NodeChecks, AutoCloseable {

    private final ReadinessBoard board;
    private final ReadinessWriteBack writeBack;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Language lang;
    private final Map<String, AlfrescoStore> stores = new LinkedHashMap<>();
    private final Map<String, Rechecked> last = new ConcurrentHashMap<>();
    private final StationWatch watch;
    private Thread loop;

    RepositoryStations(ReadinessBoard board, ReadinessWriteBack writeBack, Clock clock, PrintWriter out, PrintWriter err, Language lang) {
        this.board = board;
        this.writeBack = writeBack;
        this.out = out;
        this.err = err;
        this.lang = lang;
        List<StationWatch.Watched> watched = new ArrayList<>();
        for (Station s : board.stations()) {
            if (s.archive() instanceof AlfrescoStore store) {
                stores.put(s.id(), store);
                watched.add(new StationWatch.Watched(s.id(), store.client(), store.site(), () -> recheckNow(s, store)));
            }
        }
        this.watch = new StationWatch(watched, clock, this::problem);
    }

    boolean isEmpty() {
        return stores.isEmpty();
    }

    @Override
    public Optional<Station> stationHolding(String nodeId) {
        Map<String, AlfrescoClient> repositories = new LinkedHashMap<>();
        stores.values().forEach(s -> repositories.putIfAbsent(s.client().baseUrl(), s.client()));
        for (AlfrescoClient client : repositories.values()) {
            Optional<String> site = StationFolders.siteHolding(client, nodeId);
            if (site.isPresent()) {
                return stores.entrySet().stream()
                        .filter(e -> e.getValue().site().equals(site.get()) && e.getValue().client().baseUrl().equals(client.baseUrl()))
                        .findFirst().flatMap(e -> board.station(e.getKey()));
            }
        }
        return Optional.empty();
    }

    @Override
    public Rechecked recheck(Station station) {
        if (!stores.containsKey(station.id())) {
            throw new IllegalArgumentException("not a station in a repository: " + station.id());
        }
        watch.recheck(station.id());
        return last.get(station.id());
    }

    /** A re-check under the station's poller: the board's snapshot renewed, the result written back for Share. */
    private void recheckNow(Station s, AlfrescoStore store) {
        ReadinessBoard.Snapshot snapshot = board.recheck(s);
        EvidenceWriteBack.Outcome o = writeBack.write(store, snapshot.result());
        last.put(s.id(), new Rechecked(snapshot, o.folders(), o.report()));
        out.println("swa watch: " + writeBack.line(s.id(), snapshot.result(), o));
        out.flush();
    }

    /**
     * Keeps the stations current: listens on the broker's event topic when one is given (a broker
     * that cannot be reached stops {@code swa serve} with the reason), then polls every {@code every}
     * on a thread of its own, the first round at once.
     */
    void watch(Duration every, Duration debounce, Optional<String> brokerUrl) {
        brokerUrl.ifPresent(url -> watch.listen(new ActiveMQConnectionFactory(url), debounce));
        loop = new Thread(() -> {
            watch.poll();
            try {
                watch.run(every);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "swa-watch");
        loop.setDaemon(true);
        loop.start();
    }

    private void problem(String station, RuntimeException e) {
        err.println("swa watch: " + station + ": " + reason(e, lang));
        err.flush();
    }

    /** A failure as a person reads it, in their language. */
    static String reason(RuntimeException e, Language lang) {
        return SwaCli.reason(e).in(lang);
    }

    @Override
    public void close() {
        if (loop != null) {
            loop.interrupt();
        }
        watch.close();
    }
}
