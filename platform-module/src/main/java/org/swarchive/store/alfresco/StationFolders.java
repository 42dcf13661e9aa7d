package org.swarchive.store.alfresco;

import java.util.Optional;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeChildAssociationPaging;

/** Finds a station's folder by listing, not by search: right after provisioning the index may lag. */
final class StationFolders {

    private StationFolders() {
    }

    static String documentLibrary(String site) {
        return "Sites/" + site + "/documentLibrary";
    }

    static Optional<Node> find(AlfrescoClient client, String site) {
        Optional<NodeChildAssociationPaging> children = client.find(AlfrescoClient.Action.read(documentLibrary(site)),
                () -> client.nodes().listNodeChildren("-root-", 0, 10, null, "(nodeType='swa:station')",
                        AlfrescoStore.INCLUDE, documentLibrary(site), null, null));
        return children.filter(c -> c.getList() != null && c.getList().getEntries() != null)
                .flatMap(c -> c.getList().getEntries().stream().map(e -> (Node) e.getEntry()).findFirst());
    }
}
