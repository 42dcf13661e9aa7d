package org.swarchive.store.alfresco;

import java.util.List;
import java.util.stream.Stream;
import org.alfresco.core.model.Node;
import org.alfresco.search.model.ResultNode;
import org.swarchive.i18n.Message;
import org.swarchive.store.StoreException;

/**
 * Searches the database answers: transactional metadata queries (TMDQ). The repository runs a
 * query on the database when every term is one the database query engine supports — {@code TYPE:},
 * {@code ASPECT:}, {@code PARENT:}, exact {@code =prop:"value"} and an unquoted prefix
 * {@code =prop:value*} — and the setting {@code query.fts.queryConsistency} is
 * {@code TRANSACTIONAL_IF_POSSIBLE} (the default); any other query (ANCESTOR, ISNOTNULL, ranges, a
 * quoted prefix) goes to the index, which may be absent (an empty answer) or behind (docs/alfresco.md,
 * "Which queries the database answers"). Such a query spans the repository, so the hits are kept
 * to the station's by their path.
 *
 * <p>Before its first answer is used, a probe that must find the station folder by its parent
 * and type shows the database is what answers: an empty probe means an index answered instead
 * (the setting says EVENTUAL, or the database engine is off), and the command stops rather than
 * take an empty list for "nothing there".
 */
final class ConsistentSearch {

    /** The station's evidence folders, of every framework. */
    static final String EVIDENCE_FOLDERS = "TYPE:\"swa:evidenceFolder\"";

    private ConsistentSearch() {
    }

    /** The hits of a TMDQ query that lie below the station folder, after the probe. */
    static List<ResultNode> inStation(AlfrescoClient client, Node station, String query) {
        verify(client, station);
        String base = RecordNodes.stationPath(station);
        try (Stream<ResultNode> hits = AlfrescoStore.search(client, query)) {
            return hits.filter(n -> base != null && n.getPath() != null
                    && (n.getPath().getName().equals(base) || n.getPath().getName().startsWith(base + "/"))).toList();
        }
    }

    /** The station folder must be found by {@code PARENT:} and {@code TYPE:}, which only the database answers at once. */
    static void verify(AlfrescoClient client, Node station) {
        String query = probe(station);
        try (Stream<ResultNode> hits = AlfrescoStore.search(client, query)) {
            if (hits.noneMatch(n -> station.getId().equals(n.getId()))) {
                String where = station.getPath() == null ? "" : station.getPath().getName();
                throw new StoreException(AlfrescoClient.reason(Message.of("alfresco.search-not-transactional", where, station.getName())),
                        null);
            }
        }
    }

    static String probe(Node station) {
        return "PARENT:\"workspace://SpacesStore/" + station.getParentId() + "\" AND TYPE:\"swa:station\"";
    }

    /** A value as a TMDQ exact term: quoted, its quotes and backslashes escaped. */
    static String exact(String property, String value) {
        return "=" + property + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
