package org.swarchive.store.alfresco;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the listener reads of a repository event (CloudEvents JSON on {@code alfresco.repo.event2}):
 * its type, the node's id and type, and the node's primary ancestors, nearest first. Nothing else
 * is parsed, so new fields in later ACS versions cannot break it.
 */
public record RepositoryEvent(String type, String nodeId, String nodeType, List<String> primaryHierarchy) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UPDATED = "org.alfresco.event.node.Updated";

    public RepositoryEvent {
        primaryHierarchy = List.copyOf(primaryHierarchy);
        nodeType = nodeType == null ? "" : nodeType;
    }

    /** A node event (Created, Updated, Deleted), or empty for anything else or anything unreadable. */
    public static Optional<RepositoryEvent> parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            String type = root.path("type").asString("");
            JsonNode resource = root.path("data").path("resource");
            String id = resource.path("id").asString("");
            if (!type.startsWith("org.alfresco.event.node.") || id.isEmpty()) {
                return Optional.empty();
            }
            List<String> hierarchy = new ArrayList<>();
            resource.path("primaryHierarchy").forEach(n -> hierarchy.add(n.asString()));
            return Optional.of(new RepositoryEvent(type, id, resource.path("nodeType").asString(""), hierarchy));
        } catch (RuntimeException unreadable) {
            // Jackson's JacksonException among them: an event we cannot read is no event of ours.
            return Optional.empty();
        }
    }

    /** Whether the event is about this node or something below it. */
    public boolean concerns(String nodeId) {
        return this.nodeId.equals(nodeId) || primaryHierarchy.contains(nodeId);
    }

    /**
     * Whether the event is the echo of the service's own re-check of the station: its readiness
     * report, the readiness it wrote on an evidence folder, the checkpoint on the station folder.
     * None of them changes what a check reads; re-checking on them would re-check forever.
     */
    public boolean echoesRecheckOf(String stationId) {
        if (ReadinessReportDocument.TYPE.equals(nodeType)) {
            return true;
        }
        return type.equals(UPDATED) && (nodeId.equals(stationId) || "swa:evidenceFolder".equals(nodeType));
    }
}
