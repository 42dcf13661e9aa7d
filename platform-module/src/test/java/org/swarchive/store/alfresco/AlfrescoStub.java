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
final class AlfrescoStub implements AutoCloseable {

    static final String CORE = "/alfresco/api/-default-/public/alfresco/versions/1";
    static final String SEARCH = "/alfresco/api/-default-/public/search/versions/1/search";
    static final String SITE = "swa-jn01";
    static final String STATION_ID = "5a7e1c3b-0000-4000-8000-00000000jn01";
    static final String LIBRARY_PATH = "/Company Home/Sites/" + SITE + "/documentLibrary";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final WireMockServer server;

    AlfrescoStub() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
    }

    WireMockServer server() {
        return server;
    }

    String baseUrl() {
        return "http://localhost:" + server.port();
    }

    AlfrescoClient client(AlfrescoCredentials credentials) {
        return AlfrescoClient.connect(baseUrl(), credentials, new RetryPolicy(3, java.time.Duration.ofMillis(1), pause -> { }));
    }

    /** The site's document library holds one station folder, JN01. */
    AlfrescoStub station() {
        ObjectNode station = node(STATION_ID, "JN01", "swa:station", true, LIBRARY_PATH);
        station.putObject("properties").put("swa:stationCode", "JN01").put("swa:stationName", "金牛区示范社工站")
                .put("swa:fondsCode", "JN01");
        station.putObject("association").put("assocType", "cm:contains").put("isPrimary", true);
        server.stubFor(get(urlPathEqualTo(CORE + "/nodes/-root-/children"))
                .withQueryParam("relativePath", equalTo("Sites/" + SITE + "/documentLibrary"))
                .willReturn(json(200, paging(List.of(station), 0, 10, false))));
        return this;
    }

    /** The search API serves these documents (below the station folder) in pages of the requested size. */
    AlfrescoStub documents(List<StoreDocument> documents) {
        int page = AlfrescoStore.PAGE;
        int skip = 0;
        do {
            List<StoreDocument> slice = documents.subList(skip, Math.min(documents.size(), skip + page));
            List<ObjectNode> nodes = slice.stream().map(AlfrescoStub::resultNode).toList();
            boolean more = skip + slice.size() < documents.size();
            ObjectNode body = paging(nodes, skip, page, more);
            ((ObjectNode) body.get("list")).putObject("context");
            server.stubFor(post(urlPathEqualTo(SEARCH))
                    .withRequestBody(matchingJsonPath("$.paging.skipCount", equalTo(String.valueOf(skip))))
                    .willReturn(json(200, body)));
            skip += page;
        } while (skip < documents.size());
        return this;
    }

    /** Every request to the repository answers with this status and Alfresco's error body. */
    AlfrescoStub failing(int status) {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).atPriority(1).willReturn(error(status)));
        return this;
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("errorKey", "framework.exception.ApiDefault").put("statusCode", status)
                .put("briefSummary", "stubbed failure").put("stackTrace", "For security reasons the stack trace is no longer displayed, but the property is kept for previous versions")
                .put("descriptionURL", "https://api-explorer.alfresco.com");
        return json(status, body);
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, Object body) {
        try {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=UTF-8")
                    .withBody(JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode paging(List<ObjectNode> entries, int skip, int max, boolean more) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode list = body.putObject("list");
        list.putObject("pagination").put("count", entries.size()).put("hasMoreItems", more)
                .put("skipCount", skip).put("maxItems", max);
        ArrayNode array = list.putArray("entries");
        entries.forEach(e -> array.addObject().set("entry", e));
        return body;
    }

    static ObjectNode node(String id, String name, String type, boolean folder, String parentPath) {
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
        d.properties().forEach((k, v) -> {
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
                default -> properties.put(k, v);
            }
        });
        n.putObject("search").put("score", 1.0);
        return n;
    }

    @Override
    public void close() {
        server.stop();
    }

    static Map<String, String> basicEnvironment(String password) {
        return Map.of(AlfrescoCredentials.USER, "archivist", AlfrescoCredentials.PASSWORD, password);
    }
}
