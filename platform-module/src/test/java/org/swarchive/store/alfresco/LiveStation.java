package org.swarchive.store.alfresco;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyCreate;
import org.swarchive.store.ModelConstraints;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bare station in the live repository for the contract suites: a site of its own with a
 * {@code swa:station} folder in its document library (what the store reads), documents filed at
 * their paths below it with their type and properties in one upload, as the Bulk Import would.
 */
final class LiveStation implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final LiveRepository live = LiveRepository.get();
    final AlfrescoClient client = live.client();
    final String site = LiveRepository.freshSite("swa-it");
    final Node station;

    LiveStation() {
        ObjectNode body = JSON.createObjectNode().put("id", site).put("title", site).put("visibility", "PRIVATE");
        client.raw(AlfrescoClient.Action.createChildren("Sites"), "POST", AlfrescoClient.CORE + "/sites?skipConfiguration=true",
                body.toString()).orElseThrow();
        Map<String, Object> props = new LinkedHashMap<>(Map.of("swa:stationCode", "JN01", "swa:stationName", "金牛区示范社工站",
                "swa:fondsCode", "JN01"));
        station = client.call(AlfrescoClient.Action.createChildren(site), () -> client.nodes().createNode("-root-",
                new NodeBodyCreate().name("JN01").nodeType("swa:station").relativePath(StationFolders.documentLibrary(site))
                        .properties(props), null, null, null, AlfrescoStore.INCLUDE, null)).getEntry();
    }

    /**
     * A document at this path below the station folder, its properties given in the folder store's
     * text form and sent as the product sends them (a multi-valued one as a list). A value the
     * model refuses is refused here (422) and fails the test.
     */
    void file(String path, String type, Map<String, String> properties) {
        int slash = path.lastIndexOf('/');
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("nodeType", type == null ? "cm:content" : type);
        Map<String, String> given = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (k.contains(":")) {
                given.put(k, v);
            }
        });
        fields.putAll(AlfrescoProperties.forRepository(given, ModelConstraints.shipped()));
        client.upload(AlfrescoClient.Action.createChildren(path), station.getId(), slash < 0 ? null : path.substring(0, slash),
                path.substring(slash + 1), "application/octet-stream", ("content of " + path).getBytes(StandardCharsets.UTF_8), fields)
                .orElseThrow();
    }

    List<String> sites() {
        return List.of(site);
    }

    @Override
    public void close() {
        client.close();
    }
}
