package org.swarchive.store.alfresco;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeChildAssociationEntry;
import org.alfresco.core.model.NodeChildAssociationPaging;
import org.alfresco.search.model.PathInfo;
import org.alfresco.search.model.ResultNode;

/**
 * Every document below a station folder, read by paged children listings of its folder tree
 * ({@code GET /nodes/{id}/children?where=(isPrimary=true)}, {@value #PAGE} a page) rather than by
 * an {@code ANCESTOR:} search: only a search index answers {@code ANCESTOR}, and the index is
 * eventually consistent, whereas a listing reads the database and shows a write made a moment
 * ago (docs/alfresco.md, "Which queries the database answers"). A walk costs one request per
 * folder plus one per further page of 1,000 children: ⌈N/1000⌉ + c, c bounded by the folders.
 *
 * <p>Only primary children: a record linked into an evidence folder is met once, where it is
 * filed. Hidden folders are walked too, as the search found what lay in them.
 */
final class StationTree {

    /** The listing's largest page. */
    static final int PAGE = 1000;

    private static final List<String> INCLUDE = AlfrescoStore.INCLUDE;
    private static final String PRIMARY = "(isPrimary=true)";

    private StationTree() {
    }

    /**
     * The station's documents (renditions and the service's readiness reports left out, as the
     * scan always did), as search hits so that the scan's readers stay as they are; fetched a
     * page at a time as the stream is consumed.
     */
    static Stream<ResultNode> documents(AlfrescoClient client, Node station) {
        Iterator<ResultNode> it = new Walk(client, station);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .filter(n -> !ReadinessReportDocument.TYPE.equals(n.getNodeType()));
    }

    /** A listed node in the search API's shape (the fields the scan reads). */
    static ResultNode asHit(Node n) {
        ResultNode r = new ResultNode();
        r.setId(n.getId());
        r.setName(n.getName());
        r.setNodeType(n.getNodeType());
        r.setIsFile(n.isIsFile());
        r.setIsFolder(n.isIsFolder());
        r.setParentId(n.getParentId());
        r.setModifiedAt(n.getModifiedAt());
        r.setCreatedAt(n.getCreatedAt());
        r.setProperties(n.getProperties());
        r.setAspectNames(n.getAspectNames());
        if (n.getPath() != null) {
            PathInfo path = new PathInfo();
            path.setName(n.getPath().getName());
            path.setIsComplete(n.getPath().isIsComplete());
            r.setPath(path);
        }
        return r;
    }

    /** Depth first; a folder's next page is asked for only when its previous one has been consumed. */
    private static final class Walk implements Iterator<ResultNode> {
        private final AlfrescoClient client;
        private final Deque<Folder> folders = new ArrayDeque<>();
        private Iterator<NodeChildAssociationEntry> page = List.<NodeChildAssociationEntry>of().iterator();
        private ResultNode next;

        private record Folder(String id, String label, int skip) {
        }

        Walk(AlfrescoClient client, Node station) {
            this.client = client;
            folders.push(new Folder(station.getId(), station.getName(), 0));
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (page.hasNext()) {
                    Node n = page.next().getEntry();
                    if (Boolean.TRUE.equals(n.isIsFolder())) {
                        folders.push(new Folder(n.getId(), n.getName(), 0));
                    } else if (Boolean.TRUE.equals(n.isIsFile()) && !isRendition(n.getNodeType())) {
                        next = asHit(n);
                    }
                } else if (folders.isEmpty()) {
                    return false;
                } else {
                    fetch(folders.pop());
                }
            }
            return true;
        }

        @Override
        public ResultNode next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ResultNode n = next;
            next = null;
            return n;
        }

        private void fetch(Folder f) {
            NodeChildAssociationPaging result = client.find(AlfrescoClient.Action.read(f.label()),
                            () -> client.nodes().listNodeChildren(f.id(), f.skip(), PAGE, null, PRIMARY, INCLUDE, null, null, null))
                    // A folder deleted while the walk went on holds nothing any more.
                    .orElse(null);
            List<NodeChildAssociationEntry> entries = result == null || result.getList() == null || result.getList().getEntries() == null
                    ? List.of() : result.getList().getEntries();
            if (!entries.isEmpty() && result.getList().getPagination() != null
                    && Boolean.TRUE.equals(result.getList().getPagination().isHasMoreItems())) {
                // The rest of this folder after what this page holds (and the folders in it).
                folders.push(new Folder(f.id(), f.label(), f.skip() + entries.size()));
            }
            page = entries.iterator();
        }
    }

    private static boolean isRendition(String type) {
        return "cm:thumbnail".equals(type) || "cm:failedThumbnail".equals(type);
    }
}
