package org.swarchive.store.alfresco;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeEntry;
import org.swarchive.archive.Confidentiality;
import org.swarchive.archive.RecordProperty;
import org.swarchive.store.EvidenceFiles;
import org.swarchive.store.folder.FolderEvidenceFiles;

/**
 * Documents of a station in Alfresco by record id: the path below the station folder, as a scan
 * names them (a node id for a record the scan met outside that path). The repository resolves
 * the path one name at a time, so {@code ..} is just a name nobody has; every answer is checked
 * once more to be a document whose primary path lies inside the station folder.
 */
public final class AlfrescoEvidenceFiles implements EvidenceFiles {

    private static final java.util.regex.Pattern NODE_ID = java.util.regex.Pattern.compile("[0-9a-fA-F-]{36}");
    private static final List<String> INCLUDE = List.of("properties", "path");

    private final AlfrescoClient client;
    private final String site;

    public AlfrescoEvidenceFiles(AlfrescoClient client, String site) {
        this.client = client;
        this.site = site;
    }

    @Override
    public Optional<EvidenceFile> open(String recordId) {
        if (!FolderEvidenceFiles.isPlainId(recordId)) {
            return Optional.empty();
        }
        Optional<Node> station = StationFolders.find(client, site);
        if (station.isEmpty()) {
            return Optional.empty();
        }
        String stationPath = station.get().getPath() == null ? null : station.get().getPath().getName() + "/" + station.get().getName();
        Optional<Node> node = NODE_ID.matcher(recordId).matches() && !recordId.contains("/")
                ? client.find(AlfrescoClient.Action.read(recordId), () -> client.nodes().getNode(recordId, INCLUDE, null, null))
                        .map(NodeEntry::getEntry)
                : client.find(AlfrescoClient.Action.read(recordId),
                        () -> client.nodes().getNode(station.get().getId(), INCLUDE, recordId, null)).map(NodeEntry::getEntry);
        return node.filter(n -> Boolean.TRUE.equals(n.isIsFile()))
                .filter(n -> stationPath != null && n.getPath() != null
                        && (n.getPath().getName().equals(stationPath) || n.getPath().getName().startsWith(stationPath + "/")))
                .map(n -> new EvidenceFile(recordId, n.getName(), n.getContent() == null || n.getContent().getSizeInBytes() == null
                        ? -1 : n.getContent().getSizeInBytes(), confidentialityOf(n),
                        () -> client.stream(AlfrescoClient.Action.read(n.getName()), n.getId())));
    }

    /** Unmarked is null, as in the folder store. */
    private static Confidentiality confidentialityOf(Node n) {
        Object value = n.getProperties() instanceof Map<?, ?> m ? m.get(RecordProperty.CONFIDENTIALITY.key()) : null;
        return value == null ? null : Confidentiality.fromId(String.valueOf(value).trim()).orElse(Confidentiality.SENSITIVE);
    }
}
