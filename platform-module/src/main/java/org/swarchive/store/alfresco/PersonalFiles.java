package org.swarchive.store.alfresco;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeEntry;
import org.swarchive.access.AccessPolicy;
import org.swarchive.archive.RecordProperty;
import org.swarchive.store.EvidenceFiles;

/**
 * A station's documents as one signed-in person reads them: the record's node and its content are
 * asked for with their ticket, so the repository's permissions decide — a node it refuses them
 * (403) or hides (404) is not there for them, whatever the service account could read. Only where
 * the station folder is (a structural fact, not a record) is asked with the service account. A
 * ticket the repository no longer takes (401) is a {@link AlfrescoClient.Refused} with status 401:
 * the caller signs the person out.
 */
public final class PersonalFiles implements EvidenceFiles {

    private static final Pattern NODE_ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final List<String> INCLUDE = List.of("properties", "path");

    private final AlfrescoClient service;
    private final AlfrescoClient person;
    private final String site;

    public PersonalFiles(AlfrescoStore store, AlfrescoCredentials person) {
        this.service = store.client();
        this.person = store.client().as(person);
        this.site = store.site();
    }

    @Override
    public Optional<EvidenceFile> open(String recordId) {
        if (!EvidenceFiles.isPlainId(recordId)) {
            return Optional.empty();
        }
        Optional<Node> station = StationFolders.find(service, site);
        if (station.isEmpty()) {
            return Optional.empty();
        }
        String stationPath = RecordNodes.stationPath(station.get());
        Optional<Node> node;
        try {
            node = (NODE_ID.matcher(recordId).matches()
                    ? person.find(AlfrescoClient.Action.read(recordId), () -> person.nodes().getNode(recordId, INCLUDE, null, null))
                    : person.find(AlfrescoClient.Action.read(recordId),
                            () -> person.nodes().getNode(station.get().getId(), INCLUDE, recordId, null)))
                    .map(NodeEntry::getEntry);
        } catch (AlfrescoClient.Refused refused) {
            if (refused.status() == 403) {
                return Optional.empty();
            }
            throw refused;
        }
        return node.filter(n -> Boolean.TRUE.equals(n.isIsFile()))
                .filter(n -> stationPath != null && n.getPath() != null
                        && (n.getPath().getName().equals(stationPath) || n.getPath().getName().startsWith(stationPath + "/")))
                .map(n -> new EvidenceFile(recordId, n.getName(), n.getContent() == null || n.getContent().getSizeInBytes() == null
                        ? -1 : n.getContent().getSizeInBytes(), confidentialityOf(n),
                        () -> person.stream(AlfrescoClient.Action.read(n.getName()), n.getId()),
                        RecordNodes.properties(n.getProperties(), n.getName())));
    }

    /**
     * Whether the repository lets the person change a node: its {@code allowableOperations}, asked
     * with their ticket, include {@code update} (Write). A node they cannot read (403) they may not
     * change either. A node that is not there (404: the repository answers 403, not 404, for a node
     * that exists but is not theirs to see) is not refused here: the caller's own lookup answers it
     * as not found.
     */
    public static boolean mayUpdate(AlfrescoClient repository, AlfrescoCredentials person, String nodeId) {
        if (nodeId == null || !NODE_ID.matcher(nodeId).matches()) {
            return false;
        }
        AlfrescoClient as = repository.as(person);
        try {
            return as.find(AlfrescoClient.Action.write(nodeId), () -> as.nodes().getNode(nodeId, List.of("allowableOperations"), null, null))
                    .map(NodeEntry::getEntry)
                    .map(n -> n.getAllowableOperations() != null && n.getAllowableOperations().contains("update"))
                    .orElse(true);
        } catch (AlfrescoClient.Refused refused) {
            if (refused.status() == 403) {
                return false;
            }
            throw refused;
        }
    }

    private static org.swarchive.archive.Confidentiality confidentialityOf(Node n) {
        Object value = n.getProperties() instanceof Map<?, ?> m ? m.get(RecordProperty.CONFIDENTIALITY.key()) : null;
        return AccessPolicy.confidentiality(value == null ? null : String.valueOf(value));
    }
}
