package org.swarchive.store.alfresco;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.alfresco.core.model.Node;

/**
 * Polls a station for change: a walk of the station's folders ({@link StationTree}, stopping at
 * the first document modified since the checkpoint kept on the station folder, {@code swa:lastScan};
 * the index cannot be asked: it answers no ANCESTOR without Solr and lags behind with it). When there is one, the station is re-checked and
 * the checkpoint moves to the time the poll began — written only after the re-check succeeded,
 * so a service stopped mid-check re-checks on its next poll and no change is ever lost.
 */
public final class ChangePoller {

    /** Re-checks a station (check and write-back); a failure leaves the checkpoint where it was. */
    @FunctionalInterface
    public interface Recheck {
        void run();
    }

    private final AlfrescoClient client;
    private final AlfrescoNodes nodes;
    private final Clock clock;

    public ChangePoller(AlfrescoClient client, Clock clock) {
        this.client = client;
        this.nodes = new AlfrescoNodes(client);
        this.clock = clock;
    }

    /** One poll of the station in {@code site}; returns whether it changed (and so was re-checked). */
    public synchronized boolean poll(String site, Recheck recheck) {
        Instant started = clock.instant();
        Node station = StationFolders.find(client, site).orElseThrow(() -> AlfrescoClient.changed(
                AlfrescoClient.Action.read(StationFolders.documentLibrary(site))));
        String since = station.getProperties() instanceof Map<?, ?> m && m.get("swa:lastScan") != null
                ? String.valueOf(m.get("swa:lastScan")) : null;
        if (since != null && !changedSince(station, since)) {
            return false;
        }
        recheckAndMark(station, started, recheck);
        return true;
    }

    /**
     * Re-checks now, without asking the index (an event said something changed), and moves the
     * checkpoint as a poll would. Synchronized with {@link #poll}: one re-check of a station at a time.
     */
    public synchronized void recheck(String site, Recheck recheck) {
        Instant started = clock.instant();
        Node station = StationFolders.find(client, site).orElseThrow(() -> AlfrescoClient.changed(
                AlfrescoClient.Action.read(StationFolders.documentLibrary(site))));
        recheckAndMark(station, started, recheck);
    }

    private void recheckAndMark(Node station, Instant started, Recheck recheck) {
        recheck.run();
        nodes.update(station, Map.of("swa:lastScan", DateTimeFormatter.ISO_INSTANT.format(started)), List.of());
    }

    /** The station folder's node id, for matching events against it. */
    public String stationId(String site) {
        return StationFolders.find(client, site).map(Node::getId).orElseThrow(() -> AlfrescoClient.changed(
                AlfrescoClient.Action.read(StationFolders.documentLibrary(site))));
    }

    /** Whether any document under the station was modified at or after {@code since} (the service's readiness reports aside). */
    boolean changedSince(Node station, String since) {
        Instant from = instant(since);
        try (java.util.stream.Stream<org.alfresco.search.model.ResultNode> docs = StationTree.documents(client, station)) {
            return docs.anyMatch(n -> n.getModifiedAt() != null && !n.getModifiedAt().toInstant().isBefore(from));
        }
    }

    /** The checkpoint as the repository answers a d:datetime ({@code 2026-02-28T08:00:00.000+0000}), or as written (ISO, {@code Z}). */
    static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.OffsetDateTime.parse(value, java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXX")).toInstant();
        }
    }
}
