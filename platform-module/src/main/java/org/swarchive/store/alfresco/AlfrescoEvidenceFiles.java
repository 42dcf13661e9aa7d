package org.swarchive.store.alfresco;

import java.util.Map;
import java.util.Optional;
import org.alfresco.core.model.Node;
import org.swarchive.access.AccessPolicy;
import org.swarchive.archive.Confidentiality;
import org.swarchive.archive.RecordProperty;
import org.swarchive.store.EvidenceFiles;

/**
 * Documents of a station in Alfresco by record id: the path below the station folder, as a scan
 * names them (a node id for a record the scan met outside that path). The repository resolves
 * the path one name at a time, so {@code ..} is just a name nobody has; every answer is checked
 * once more to be a document whose primary path lies inside the station folder.
 */
public final class AlfrescoEvidenceFiles implements EvidenceFiles {

    private final AlfrescoClient client;
    private final String site;

    public AlfrescoEvidenceFiles(AlfrescoClient client, String site) {
        this.client = client;
        this.site = site;
    }

    @Override
    public Optional<EvidenceFile> open(String recordId) {
        return RecordNodes.resolve(client, site, recordId)
                .map(n -> new EvidenceFile(recordId, n.getName(), n.getContent() == null || n.getContent().getSizeInBytes() == null
                        ? -1 : n.getContent().getSizeInBytes(), confidentialityOf(n),
                        () -> client.stream(AlfrescoClient.Action.read(n.getName()), n.getId()),
                        RecordNodes.properties(n.getProperties(), n.getName())));
    }

    /** Unmarked is null, as in the folder store. */
    private static Confidentiality confidentialityOf(Node n) {
        Object value = n.getProperties() instanceof Map<?, ?> m ? m.get(RecordProperty.CONFIDENTIALITY.key()) : null;
        return AccessPolicy.confidentiality(value == null ? null : String.valueOf(value));
    }
}
