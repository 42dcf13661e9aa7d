package org.swarchive.store.alfresco;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.swarchive.store.StoreDocument;

/**
 * Alfresco as far as the store can tell: WireMock stubs whose requests and responses follow the
 * OpenAPI specs in {@code shared/reference/alfresco-rest-api} (the spec test checks them).
 */
public final class AlfrescoStub implements AutoCloseable {

    public static final String CORE = "/alfresco/api/-default-/public/alfresco/versions/1";
    public static final String SEARCH = "/alfresco/api/-default-/public/search/versions/1/search";
    public static final String SITE = "swa-jn01";
    static final String STATION_ID = "5a7e1c3b-0000-4000-8000-00000000jn01";
    static final String LIBRARY_PATH = "/Company Home/Sites/" + SITE + "/documentLibrary";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final WireMockServer server;

    AlfrescoStub() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
    }

    /** A stub whose every unstubbed request goes to a repository that remembers what was written. */
    public AlfrescoStub(FakeRepository repository) {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(repository));
        server.start();
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
                .atPriority(10).willReturn(aResponse().withTransformers(FakeRepository.NAME)));
    }

    public WireMockServer server() {
        return server;
    }

    public String baseUrl() {
        return "http://localhost:" + server.port();
    }

    public AlfrescoClient client(AlfrescoCredentials credentials) {
        return AlfrescoClient.connect(baseUrl(), credentials, new org.swarchive.retry.Retries(3, java.time.Duration.ofMillis(1), 2));
    }

    /** The site's document library holds one station folder, JN01. */
    AlfrescoStub station() {
        return station(null);
    }

    /** The station folder, with the poller's checkpoint swa:lastScan when not null. */
    AlfrescoStub station(String lastScan) {
        ObjectNode station = node(STATION_ID, "JN01", "swa:station", true, LIBRARY_PATH);
        ObjectNode props = station.putObject("properties").put("swa:stationCode", "JN01").put("swa:stationName", "金牛区示范社工站")
                .put("swa:fondsCode", "JN01");
        if (lastScan != null) {
            props.put("swa:lastScan", lastScan);
        }
        station.putObject("association").put("assocType", "cm:contains").put("isPrimary", true);
        station.put("parentId", LIBRARY_ID);
        server.stubFor(get(urlPathEqualTo(CORE + "/nodes/-root-/children"))
                .withQueryParam("relativePath", equalTo("Sites/" + SITE + "/documentLibrary"))
                .willReturn(json(200, paging(List.of(station), 0, 10, false))));
        // The database answers the station's own look-ups (the probe of ConsistentSearch, a district's search).
        ObjectNode hit = station.deepCopy();
        hit.putObject("search").put("score", 1.0);
        ObjectNode found = paging(List.of(hit), 0, AlfrescoStore.PAGE, false);
        ((ObjectNode) found.get("list")).putObject("context");
        server.stubFor(post(urlPathEqualTo(SEARCH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.query.query", com.github.tomakehurst.wiremock.client.WireMock.containing("TYPE:\"swa:station\"")))
                .willReturn(json(200, found)));
        // An empty station folder until documents() fills it.
        server.stubFor(get(urlPathEqualTo(CORE + "/nodes/" + STATION_ID + "/children")).atPriority(5)
                .willReturn(json(200, paging(List.of(), 0, StationTree.PAGE, false))));
        return this;
    }

    static final String LIBRARY_ID = "5a7e1c3b-0000-4000-8000-0000000000lb";

    /**
     * The station folder's children listing serves these documents (their paths name the folders
     * below the station, as a scan reads them) in pages of the requested size: the walk of
     * {@link StationTree} meets them all in its first folder.
     */
    AlfrescoStub documents(List<StoreDocument> documents) {
        int page = StationTree.PAGE;
        int skip = 0;
        do {
            List<StoreDocument> slice = documents.subList(skip, Math.min(documents.size(), skip + page));
            List<ObjectNode> nodes = slice.stream().map(d -> {
                ObjectNode n = resultNode(d);
                n.remove("search");
                if (modified != null) {
                    n.put("modifiedAt", modified);
                }
                return n;
            }).toList();
            boolean more = skip + slice.size() < documents.size();
            server.stubFor(get(urlPathEqualTo(CORE + "/nodes/" + STATION_ID + "/children"))
                    .withQueryParam("skipCount", equalTo(String.valueOf(skip)))
                    .willReturn(json(200, paging(nodes, skip, page, more))));
            skip += page;
        } while (skip < documents.size());
        return this;
    }

    /** The search for the station's evidence folders of a framework: one swa:evidenceFolder per code. */
    AlfrescoStub evidenceFolders(String frameworkId, List<String> codes) {
        List<ObjectNode> nodes = codes.stream().map(code -> {
            ObjectNode n = node(evidenceFolderId(code), code + " 佐证", "swa:evidenceFolder", true, LIBRARY_PATH + "/JN01/评估佐证/" + frameworkId);
            n.putObject("properties").put("swa:frameworkId", frameworkId).put("swa:indicatorCode", code);
            n.putObject("search").put("score", 1.0);
            return n;
        }).toList();
        return searchAnswer("swa:evidenceFolder", nodes, AlfrescoStore.PAGE);
    }

    /** Records that name indicators are read by the station's walk now: these must be among {@link #documents}. */
    AlfrescoStub linkedRecords(List<StoreDocument> documents) {
        return this;
    }

    /**
     * The poller's walk meets these documents modified after any checkpoint (or none: the station
     * folder is empty); {@link #documents} given afterwards keeps them so.
     */
    AlfrescoStub modifiedSince(List<StoreDocument> documents) {
        modified = "2099-01-01T00:00:00.000+0000";
        return documents(documents);
    }

    private String modified;

    /** One page of hits for every search whose query contains {@code queryPart} (ahead of the scan's stubs). */
    private AlfrescoStub searchAnswer(String queryPart, List<ObjectNode> hits, int maxItems) {
        ObjectNode body = paging(hits, 0, maxItems, false);
        ((ObjectNode) body.get("list")).putObject("context");
        server.stubFor(post(urlPathEqualTo(SEARCH)).atPriority(2)
                .withRequestBody(matchingJsonPath("$.query.query", com.github.tomakehurst.wiremock.client.WireMock.containing(queryPart)))
                .willReturn(json(200, body)));
        return this;
    }

    /** Updates of any node answer with the node (as the repository does, 200 with the entry). */
    AlfrescoStub updatesAccepted() {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(com.github.tomakehurst.wiremock.client.WireMock
                .urlPathMatching(CORE + "/nodes/[^/]+")).willReturn(json(200, entry(node("updated-node", "节点", "cm:folder", true, LIBRARY_PATH)))));
        return this;
    }

    /** The station has no readiness report yet (its look-up by path is a 404); an upload of one is accepted (201). */
    AlfrescoStub reportAccepted() {
        server.stubFor(get(urlPathEqualTo(CORE + "/nodes/" + STATION_ID)).withQueryParam("relativePath",
                com.github.tomakehurst.wiremock.client.WireMock.matching(".*readiness-.*")).willReturn(error(404)));
        ObjectNode report = node("report-node", "readiness.html", "swa:readinessReport", false, LIBRARY_PATH + "/JN01/评估佐证/station-star");
        server.stubFor(post(urlPathEqualTo(CORE + "/nodes/" + STATION_ID + "/children")).willReturn(json(201, entry(report))));
        return this;
    }

    /** A folder's secondary children: these already linked; new links are accepted (201). */
    AlfrescoStub secondaryChildren(String folderId, List<String> linkedIds) {
        List<ObjectNode> nodes = linkedIds.stream().map(id -> {
            ObjectNode n = node(id, id + ".pdf", "swa:documentRecord", false, LIBRARY_PATH + "/JN01/文书档案");
            n.putObject("association").put("assocType", "cm:contains").put("isPrimary", false);
            return n;
        }).toList();
        server.stubFor(get(urlPathEqualTo(CORE + "/nodes/" + folderId + "/secondary-children"))
                .willReturn(json(200, paging(nodes, 0, AlfrescoNodes.PAGE, false))));
        ObjectNode assoc = JSON.createObjectNode();
        assoc.putObject("entry").put("childId", "linked").put("assocType", "cm:contains");
        server.stubFor(post(urlPathEqualTo(CORE + "/nodes/" + folderId + "/secondary-children")).willReturn(json(201, assoc)));
        return this;
    }

    /** A node read back with its permissions: these ACEs set locally, inheritance on. */
    AlfrescoStub permissions(String nodeId, List<AlfrescoNodes.Ace> local) {
        return permissions(nodeId, local, List.of());
    }

    /** The same, with these ACEs inherited from above. */
    AlfrescoStub permissions(String nodeId, List<AlfrescoNodes.Ace> local, List<AlfrescoNodes.Ace> inherited) {
        ObjectNode n = node(nodeId, "文件夹", "swa:categoryFolder", true, LIBRARY_PATH + "/JN01");
        ObjectNode perms = n.putObject("permissions").put("isInheritanceEnabled", true);
        ArrayNode set = perms.putArray("locallySet");
        local.forEach(a -> set.addObject().put("authorityId", a.authority()).put("name", a.role()).put("accessStatus", "ALLOWED"));
        ArrayNode from = perms.putArray("inherited");
        inherited.forEach(a -> from.addObject().put("authorityId", a.authority()).put("name", a.role()).put("accessStatus", "ALLOWED"));
        perms.putArray("settable").add("Consumer").add("Contributor").add("Collaborator").add("Coordinator");
        server.stubFor(get(urlPathEqualTo(CORE + "/nodes/" + nodeId)).willReturn(json(200, entry(n))));
        return this;
    }

    static String evidenceFolderId(String code) {
        return UUID.nameUUIDFromBytes(("evidence:" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    static String nodeId(StoreDocument d) {
        return UUID.nameUUIDFromBytes(d.path().getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    public static ObjectNode entry(ObjectNode node) {
        ObjectNode e = JSON.createObjectNode();
        e.set("entry", node);
        return e;
    }

    /** Every request to the repository answers with this status and Alfresco's error body. */
    AlfrescoStub failing(int status) {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).atPriority(1).willReturn(error(status)));
        return this;
    }

    /** A name clash on create: the specs give the 409 no body. */
    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder conflict() {
        return aResponse().withStatus(409);
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("errorKey", "framework.exception.ApiDefault").put("statusCode", status)
                .put("briefSummary", "stubbed failure").put("stackTrace", "For security reasons the stack trace is no longer displayed, but the property is kept for previous versions")
                .put("descriptionURL", "https://api-explorer.alfresco.com");
        return json(status, body);
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, Object body) {
        try {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=UTF-8")
                    .withBody(JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode paging(List<ObjectNode> entries, int skip, int max, boolean more) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode list = body.putObject("list");
        list.putObject("pagination").put("count", entries.size()).put("hasMoreItems", more)
                .put("skipCount", skip).put("maxItems", max);
        ArrayNode array = list.putArray("entries");
        entries.forEach(e -> array.addObject().set("entry", e));
        return body;
    }

    public static ObjectNode node(String id, String name, String type, boolean folder, String parentPath) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id).put("name", name).put("nodeType", type).put("isFolder", folder).put("isFile", !folder)
                .put("createdAt", "2025-01-02T03:04:05.000+0000").put("modifiedAt", "2025-01-02T03:04:05.000+0000");
        n.putObject("createdByUser").put("id", "admin").put("displayName", "Administrator");
        n.putObject("modifiedByUser").put("id", "admin").put("displayName", "Administrator");
        n.putArray("aspectNames").add("cm:auditable");
        n.putObject("path").put("name", parentPath).put("isComplete", true);
        return n;
    }

    /** A search hit: the document with its properties typed as Alfresco returns them. */
    static ObjectNode resultNode(StoreDocument d) {
        String folder = d.folder().isEmpty() ? "" : "/" + d.folder();
        ObjectNode n = node(UUID.nameUUIDFromBytes(d.path().getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(),
                d.name(), d.type() == null ? "cm:content" : d.type(), false, LIBRARY_PATH + "/JN01" + folder);
        n.put("parentId", STATION_ID);
        ObjectNode properties = n.putObject("properties");
        properties.put("cm:title", d.name());
        d.properties().forEach((k, v) -> putTyped(properties, k, v));
        n.putObject("search").put("score", 1.0);
        return n;
    }

    /** Alfresco's date-time form, offsets as +0000. */
    public static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /** A property typed as the repository returns it: lists for multi-valued ones, numbers, dates at midnight UTC. */
    public static void putTyped(ObjectNode properties, String k, String v) {
        switch (k) {
            case "swa:indicators", "swa:gaps" -> {
                ArrayNode a = properties.putArray(k);
                for (String s : v.split(",")) {
                    a.add(s.trim());
                }
            }
            case "swa:hours", "swa:amount", "swa:pageCount" -> properties.put(k, Double.parseDouble(v));
            case "swa:documentDate", "swa:retentionEventDate", "swa:caseOpened", "swa:caseClosed",
                    "swa:employedFrom", "swa:employedUntil" -> properties.put(k, v + "T00:00:00.000+0000");
            case "swa:hold" -> properties.put(k, Boolean.parseBoolean(v));
            default -> properties.put(k, v);
        }
    }

    /** The aspect a swa: property belongs to, when it is not one of the record types' own. */
    public static java.util.Optional<String> aspectOf(String property) {
        return java.util.Optional.ofNullable(switch (property) {
            case "swa:retention", "swa:retentionEventDate", "swa:dispositionDate", "swa:dispositionStatus" -> "swa:retention";
            case "swa:hold", "swa:holdReason", "swa:holdSince" -> "swa:held";
            case "swa:indicators" -> "swa:evidenceLinked";
            case "swa:staffId", "swa:caseId" -> "swa:subject";
            case "swa:confidentiality", "swa:confidentialityNote" -> "swa:confidential";
            case "swa:filingNote" -> "swa:pendingFiling";
            default -> null;
        });
    }

    @Override
    public void close() {
        server.stop();
    }

    public static Map<String, String> basicEnvironment(String password) {
        return Map.of(AlfrescoCredentials.USER, "archivist", AlfrescoCredentials.PASSWORD, password);
    }
}
