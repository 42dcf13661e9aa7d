package org.swarchive.store.alfresco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the listener reads of a repository event (CloudEvents JSON on {@code alfresco.repo.event2}):
 * its type, the node's id and the node's primary ancestors, nearest first. Nothing else is parsed,
 * so new fields in later ACS versions cannot break it.
 */
public record RepositoryEvent(String type, String nodeId, List<String> primaryHierarchy) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public RepositoryEvent {
        primaryHierarchy = List.copyOf(primaryHierarchy);
    }

    /** A node event (Created, Updated, Deleted), or empty for anything else or anything unreadable. */
    public static Optional<RepositoryEvent> parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            String type = root.path("type").asText("");
            JsonNode resource = root.path("data").path("resource");
            String id = resource.path("id").asText("");
            if (!type.startsWith("org.alfresco.event.node.") || id.isEmpty()) {
                return Optional.empty();
            }
            List<String> hierarchy = new ArrayList<>();
            resource.path("primaryHierarchy").forEach(n -> hierarchy.add(n.asText()));
            return Optional.of(new RepositoryEvent(type, id, hierarchy));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the event is about this node or something below it. */
    public boolean concerns(String nodeId) {
        return this.nodeId.equals(nodeId) || primaryHierarchy.contains(nodeId);
    }
}
