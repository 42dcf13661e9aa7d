package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepositoryEventTest {

    /** As ACS 7+ publishes it, with fields the listener does not read. */
    static String event(String type, String nodeId, String... hierarchy) {
        return typedEvent(type, nodeId, "swa:documentRecord", hierarchy);
    }

    /** The same for a node of this type. */
    static String typedEvent(String type, String nodeId, String nodeType, String... hierarchy) {
        return "{\"specversion\":\"1.0\",\"type\":\"" + type + "\",\"id\":\"e1\",\"source\":\"/08d9b620-48de-4247-8f33-360988d3b19b\","
                + "\"time\":\"2026-03-01T08:00:00.123456Z\",\"dataschema\":\"https://api.alfresco.com/schema/event/repo/v1/node\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"eventGroupId\":\"g1\",\"resource\":{\"@type\":\"NodeResource\","
                + "\"id\":\"" + nodeId + "\",\"primaryHierarchy\":[" + String.join(",", java.util.Arrays.stream(hierarchy)
                .map(h -> "\"" + h + "\"").toList()) + "],\"name\":\"制度.docx\",\"nodeType\":\"" + nodeType + "\","
                + "\"properties\":{\"swa:docType\":\"policy\"},\"aspectNames\":[\"cm:auditable\"]}}}";
    }

    @Test
    void should_read_type_node_and_ancestors_when_a_node_event_arrives() {
        RepositoryEvent e = RepositoryEvent.parse(event("org.alfresco.event.node.Updated", "doc", "cat", "station", "library"))
                .orElseThrow();
        assertThat(e.type()).isEqualTo("org.alfresco.event.node.Updated");
        assertThat(e.nodeId()).isEqualTo("doc");
        assertThat(e.primaryHierarchy()).containsExactly("cat", "station", "library");
        assertThat(e.nodeType()).isEqualTo("swa:documentRecord");
        assertThat(e.echoesRecheckOf("station")).isFalse();
        assertThat(e.concerns("station")).isTrue();
        assertThat(e.concerns("other-station")).isFalse();
    }

    @Test
    void should_ignore_the_message_when_it_is_not_a_node_event_or_not_json() {
        assertThat(RepositoryEvent.parse(event("org.alfresco.event.assoc.child.Created", "doc", "station"))).isEmpty();
        assertThat(RepositoryEvent.parse("not json")).isEmpty();
        assertThat(RepositoryEvent.parse("{\"type\":\"org.alfresco.event.node.Created\"}")).isEmpty();
    }

    @Test
    void should_know_the_echo_of_its_own_recheck_when_the_report_folders_or_checkpoint_changed() {
        String updated = "org.alfresco.event.node.Updated";
        assertThat(parse(typedEvent("org.alfresco.event.node.Created", "r", ReadinessReportDocument.TYPE, "tree", "station"))
                .echoesRecheckOf("station")).as("the report").isTrue();
        assertThat(parse(typedEvent(updated, "f", "swa:evidenceFolder", "tree", "station")).echoesRecheckOf("station"))
                .as("readiness on an evidence folder").isTrue();
        assertThat(parse(typedEvent(updated, "station", "swa:station", "library")).echoesRecheckOf("station"))
                .as("the checkpoint").isTrue();
        assertThat(parse(typedEvent("org.alfresco.event.node.Deleted", "f", "swa:evidenceFolder", "tree", "station"))
                .echoesRecheckOf("station")).as("an evidence folder deleted").isFalse();
        assertThat(parse(typedEvent(updated, "doc", "cm:content", "inbox", "station")).echoesRecheckOf("station"))
                .as("a document").isFalse();
    }

    private static RepositoryEvent parse(String json) {
        return RepositoryEvent.parse(json).orElseThrow();
    }
}
