package org.swarchive.store.alfresco;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.alfresco.core.model.Node;
import org.alfresco.search.model.RequestInclude;
import org.alfresco.search.model.RequestPagination;
import org.alfresco.search.model.RequestQuery;
import org.alfresco.search.model.RequestSortDefinition;
import org.alfresco.search.model.RequestSortDefinitionInner;
import org.alfresco.search.model.ResultNode;
import org.alfresco.search.model.ResultSetPaging;
import org.alfresco.search.model.ResultSetRowEntry;
import org.alfresco.search.model.SearchRequest;
import org.swarchive.i18n.Message;
import org.swarchive.archive.FieldProblem;
import org.swarchive.archive.RecordReader;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StoreException;
import org.swarchive.store.ModelConstraints;

/**
 * The production store: one station (an Alfresco site whose document library holds a
 * {@code swa:station} folder) read over the v1 REST API. A scan is one lookup of the station
 * and a walk of its folder tree by children listings ({@link StationTree}: a request per folder
 * and per further page of up to {@value #PAGE} documents) — never one call per record, and never
 * a search, which only an index answers and only eventually.
 */
public final class AlfrescoStore implements ArchiveStore {

    /** The search API's largest page. */
    public static final int PAGE = 1000;

    static final List<String> INCLUDE = List.of("properties", "aspectNames", "path");

    private final AlfrescoClient client;
    private final String site;
    private final RecordReader reader;
    private final ModelConstraints model;

    public AlfrescoStore(AlfrescoClient client, String site, RecordReader reader, ModelConstraints model) {
        this.client = client;
        this.site = site;
        this.reader = reader;
        this.model = model;
    }

    /**
     * The same station with every request made as {@code person} (a signed-in person's ticket): what
     * they write through it, the repository judges by their permissions and records as theirs
     * ({@code cm:creator}, {@code cm:modifier}).
     */
    public AlfrescoStore as(AlfrescoCredentials person) {
        return new AlfrescoStore(client.as(person), site, reader, model);
    }

    /** The station's site. */
    public String site() {
        return site;
    }

    /** The content model's rules, for writers that must name what the repository requires. */
    ModelConstraints model() {
        return model;
    }

    /** The repository the station is read through, for the features that write back or watch it. */
    public AlfrescoClient client() {
        return client;
    }

    @Override
    public String describe() {
        return "alfresco:" + client.baseUrl() + "/sites/" + site;
    }

    /** The station folder: the {@code swa:station} node in the site's document library. */
    public Node station() {
        return StationFolders.find(client, site).orElseThrow(() -> new StoreException(
                Message.of("alfresco.store.no-station-folder", site), null));
    }

    @Override
    public Stream<ScanItem> scan() {
        return scanNodes().map(Hit::item);
    }

    /** A scan hit: what the document reads as, and its node (to act on it). */
    record Hit(ResultNode node, ScanItem item) {
    }

    /** A scan that keeps each document's node beside what it reads as, for the writers that act on records. */
    Stream<Hit> scanNodes() {
        Node station = station();
        String stationPath = station.getPath() == null ? null : station.getPath().getName() + "/" + station.getName();
        return StationTree.documents(client, station).map(n -> new Hit(n, itemOf(n, stationPath)));
    }

    /**
     * Every hit of an AFTS query, fetched a page at a time as the stream is consumed. Only for
     * queries the database answers (transactional metadata queries: {@code TYPE:}, {@code ASPECT:},
     * {@code PARENT:}, exact {@code =prop:"value"}), and whose hits may come from the whole
     * repository: callers keep those of their station by path (see {@link ConsistentSearch}).
     */
    static Stream<ResultNode> search(AlfrescoClient client, String query) {
        Iterator<ResultNode> nodes = new Pages(client, query);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(nodes, Spliterator.ORDERED), false);
    }

    /**
     * Writes a check's results back on the station's evidence folders and links each record
     * into the evidence folders of the indicators it names (see {@link EvidenceWriteBack}).
     */
    public EvidenceWriteBack.Outcome writeBack(org.swarchive.evidence.Assessment assessment, java.time.Instant checkedAt) {
        return new EvidenceWriteBack(client).write(station(), assessment, checkedAt);
    }

    /** The same, and the readiness report (the HTML of {@code swa check --format html}) in the framework's evidence tree. */
    public EvidenceWriteBack.Outcome writeBack(org.swarchive.evidence.Assessment assessment, java.time.Instant checkedAt,
                                               String reportHtml) {
        return new EvidenceWriteBack(client).write(station(), assessment, checkedAt, reportHtml);
    }

    /** {@code swa find} on this station: an AFTS query through the search API. */
    public org.swarchive.find.RecordSearch search() {
        return new AlfrescoSearch(this);
    }

    ScanItem itemOf(ResultNode node, String stationPath) {
        String id = relativeId(node, stationPath);
        if (node.getNodeType() == null || !node.getNodeType().startsWith("swa:")) {
            return new ScanItem.Unclassified(id, node.getName());
        }
        Map<String, String> raw = AlfrescoProperties.swaStrings(node.getProperties());
        // The repository enforces the model on write; checking again keeps both stores' warnings alike
        // for values written before a constraint was tightened.
        List<FieldProblem> problems = new ArrayList<>(model.removeInvalid(raw));
        RecordReader.Result r = reader.read(id, node.getName(), raw);
        problems.addAll(r.problems());
        return new ScanItem.Filed(r.record(), id, problems);
    }

    /** The path below the station folder, as the folder store names the same document. */
    static String relativeId(ResultNode node, String stationPath) {
        String parent = node.getPath() == null ? null : node.getPath().getName();
        if (stationPath == null || parent == null) {
            return node.getId();
        }
        if (parent.equals(stationPath)) {
            return node.getName();
        }
        if (parent.startsWith(stationPath + "/")) {
            return parent.substring(stationPath.length() + 1) + "/" + node.getName();
        }
        return node.getId();
    }

    /** Search results page by page, fetched only when the previous page has been consumed. */
    private static final class Pages implements Iterator<ResultNode> {
        private final AlfrescoClient client;
        private final String query;
        private Iterator<ResultSetRowEntry> page = List.<ResultSetRowEntry>of().iterator();
        private int skip;
        private boolean more = true;

        Pages(AlfrescoClient client, String query) {
            this.client = client;
            this.query = query;
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && more) {
                fetch();
            }
            return page.hasNext();
        }

        @Override
        public ResultNode next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next().getEntry();
        }

        private void fetch() {
            ResultSetPaging result = client.call(AlfrescoClient.Action.read("search"),
                    () -> client.search().search(searchRequest(query, skip)));
            List<ResultSetRowEntry> entries = result == null || result.getList() == null || result.getList().getEntries() == null
                    ? List.of() : result.getList().getEntries();
            skip += entries.size();
            Boolean hasMore = result == null || result.getList() == null || result.getList().getPagination() == null
                    ? null : result.getList().getPagination().isHasMoreItems();
            more = Boolean.TRUE.equals(hasMore) && !entries.isEmpty();
            page = entries.iterator();
        }
    }

    /** One page; sorted by creation so that skip-count paging neither repeats nor loses a node. */
    static SearchRequest searchRequest(String query, int skip) {
        return searchRequest(query, skip, PAGE);
    }

    static SearchRequest searchRequest(String query, int skip, int max) {
        RequestInclude include = new RequestInclude();
        include.addAll(INCLUDE);
        RequestSortDefinition sort = new RequestSortDefinition();
        sort.add(new RequestSortDefinitionInner().type(RequestSortDefinitionInner.TypeEnum.FIELD)
                .field("cm:created").ascending(true));
        return new SearchRequest()
                .query(new RequestQuery().language(RequestQuery.LanguageEnum.AFTS).query(query))
                .paging(new RequestPagination().maxItems(max).skipCount(skip))
                .include(include)
                .sort(sort);
    }
}
