package org.swarchive.store.alfresco;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeChildAssociationPaging;
import org.alfresco.search.model.ResultNode;

/**
 * Finds station folders: one site's by listing, not by search (right after provisioning the index
 * may lag), and a district's — every station the account can see — by one search.
 */
public final class StationFolders {

    /** Where a station folder lives: directly in a site's document library. */
    private static final Pattern LIBRARY = Pattern.compile("/Company Home/Sites/([^/]+)/documentLibrary");

    private StationFolders() {
    }

    static String documentLibrary(String site) {
        return "Sites/" + site + "/documentLibrary";
    }

    static Optional<Node> find(AlfrescoClient client, String site) {
        Optional<NodeChildAssociationPaging> children = client.find(AlfrescoClient.Action.read(documentLibrary(site)),
                () -> client.nodes().listNodeChildren("-root-", 0, 10, null, "(nodeType='swa:station')",
                        AlfrescoStore.INCLUDE, documentLibrary(site), null, null));
        return children.filter(c -> c.getList() != null && c.getList().getEntries() != null)
                .flatMap(c -> c.getList().getEntries().stream().map(e -> (Node) e.getEntry()).findFirst());
    }

    /** A station folder found in a site: the site, the folder's id and name. */
    public record SiteStation(String site, String stationId, String name) {
    }

    /**
     * What a district search found: the sites that hold a station (once each: the commands use the
     * site's station folder, as {@link #find} lists it), and the station folders left out because they do not lie directly in a site's document
     * library, where {@code swa station create} puts them and every command looks for them.
     */
    public record District(List<SiteStation> stations, List<String> leftOut) {
        public District {
            stations = List.copyOf(stations);
            leftOut = List.copyOf(leftOut);
        }
    }

    /** Every station folder the account can read: one search for {@code TYPE:"swa:station"} (a page per 1,000). */
    public static District visible(AlfrescoClient client) {
        Map<String, SiteStation> bySite = new LinkedHashMap<>();
        List<String> leftOut = new ArrayList<>();
        try (Stream<ResultNode> hits = AlfrescoStore.search(client, DISTRICT_QUERY)) {
            hits.forEach(n -> {
                String parent = n.getPath() == null ? null : n.getPath().getName();
                Matcher m = parent == null ? null : LIBRARY.matcher(parent);
                if (m != null && m.matches()) {
                    bySite.putIfAbsent(m.group(1), new SiteStation(m.group(1), n.getId(), n.getName()));
                } else {
                    leftOut.add((parent == null ? "" : parent + "/") + n.getName());
                }
            });
        }
        return new District(List.copyOf(bySite.values()), leftOut);
    }

    static final String DISTRICT_QUERY = "TYPE:\"swa:station\"";

    /** A node's site, from its primary path, when it is in a site's document library. */
    private static final Pattern IN_LIBRARY = Pattern.compile("/Company Home/Sites/([^/]+)/documentLibrary/.+");

    /**
     * The site whose station folder is this node or holds it, by the node's primary path: one read
     * of the node and one listing of its site's library. Empty when the node is not there (or not
     * readable), or in no station folder — the site's notes ({@code .swa}) beside it included.
     */
    public static Optional<String> siteHolding(AlfrescoClient client, String nodeId) {
        Optional<Node> node = client.find(AlfrescoClient.Action.read(nodeId), () -> client.nodes().getNode(nodeId, List.of("path"), null, null))
                .map(org.alfresco.core.model.NodeEntry::getEntry);
        if (node.isEmpty() || node.get().getPath() == null) {
            return Optional.empty();
        }
        String full = node.get().getPath().getName() + "/" + node.get().getName();
        Matcher m = IN_LIBRARY.matcher(full);
        if (!m.matches()) {
            return Optional.empty();
        }
        String site = m.group(1);
        return find(client, site).filter(station -> station.getId().equals(nodeId) || station.getPath() != null
                && full.startsWith(station.getPath().getName() + "/" + station.getName() + "/")).map(station -> site);
    }
}
