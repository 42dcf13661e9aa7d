package org.swarchive.store.alfresco;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.alfresco.core.model.ChildAssociationBody;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyCreate;
import org.alfresco.core.model.NodeBodyUpdate;
import org.alfresco.core.model.NodeChildAssociationPaging;
import org.alfresco.core.model.NodeEntry;
import org.alfresco.core.model.PermissionElement;
import org.alfresco.core.model.PermissionsBody;
import org.alfresco.core.model.PermissionsInfo;

/**
 * Writes to nodes, each with the read it needs first so that a write never takes away what
 * someone else put there: aspects are merged with the node's own list (the API replaces it),
 * permissions with its locally set ACEs, secondary children with those already linked.
 */
public final class AlfrescoNodes {

    /** One page of a folder listing; the API's own ceiling. */
    static final int PAGE = 1000;

    /** A permission to hold on a node: an authority and one of the repository's role names. */
    public record Ace(String authority, String role) {
    }

    private final AlfrescoClient client;

    public AlfrescoNodes(AlfrescoClient client) {
        this.client = client;
    }

    /** The node as it is now, with what merges need; a node gone is the repository changed under us. */
    public Node get(String id, List<String> include) {
        NodeEntry e = client.write(AlfrescoClient.Action.read(id), () -> client.nodes().getNode(id, include, null, null));
        return e.getEntry();
    }

    /**
     * Sets properties and adds aspects. {@code current} must carry its {@code aspectNames} (as a
     * scan or {@link #get} returns it): the list sent is the node's own plus the new ones, and is
     * left out altogether when nothing is added, so a concurrent aspect change is not undone.
     */
    public Node update(Node current, Map<String, Object> properties, Collection<String> addAspects) {
        NodeBodyUpdate body = new NodeBodyUpdate();
        if (!properties.isEmpty()) {
            body.properties(new LinkedHashMap<>(properties));
        }
        mergedAspects(current.getAspectNames(), addAspects).ifPresent(body::aspectNames);
        if (body.getProperties() == null && body.getAspectNames() == null) {
            return current;
        }
        NodeEntry e = client.write(AlfrescoClient.Action.write(label(current)),
                () -> client.nodes().updateNode(current.getId(), body, null, null));
        return e.getEntry();
    }

    /**
     * Takes aspects off a node, and with them their properties (the repository drops them). The
     * list sent is {@code current}'s own less {@code remove}; nothing is sent when it has none of them.
     */
    public Node removeAspects(Node current, Collection<String> remove) {
        List<String> own = current.getAspectNames() == null ? List.of() : current.getAspectNames();
        List<String> kept = own.stream().filter(a -> !remove.contains(a)).toList();
        if (kept.size() == own.size()) {
            return current;
        }
        NodeBodyUpdate body = new NodeBodyUpdate().aspectNames(new ArrayList<>(kept));
        NodeEntry e = client.write(AlfrescoClient.Action.write(label(current)),
                () -> client.nodes().updateNode(current.getId(), body, null, null));
        return e.getEntry();
    }

    /** The node's aspects plus {@code add}, in their order; empty when {@code add} brings nothing new. */
    static Optional<List<String>> mergedAspects(List<String> existing, Collection<String> add) {
        Set<String> merged = new LinkedHashSet<>(existing == null ? List.of() : existing);
        return merged.addAll(add) ? Optional.of(List.copyOf(merged)) : Optional.empty();
    }

    /** A new child node; a taken name gets a deterministic suffix (see {@link AlfrescoClient#createNamed}). */
    public Node create(String parentId, String parentLabel, String name, String type, Map<String, Object> properties,
                       List<String> aspects) {
        NodeEntry e = client.createNamed(AlfrescoClient.Action.createChildren(parentLabel), name, candidate -> () -> {
            NodeBodyCreate body = new NodeBodyCreate().name(candidate).nodeType(type);
            if (!properties.isEmpty()) {
                body.properties(new LinkedHashMap<>(properties));
            }
            if (!aspects.isEmpty()) {
                body.aspectNames(new ArrayList<>(aspects));
            }
            return client.nodes().createNode(parentId, body, null, null, null, AlfrescoStore.INCLUDE, null);
        });
        return e.getEntry();
    }

    /** Every child of a folder matching {@code where} (e.g. {@code (isFolder=true)}), page by page. */
    public List<Node> children(String parentId, String parentLabel, String where) {
        List<Node> out = new ArrayList<>();
        int skip = 0;
        while (true) {
            int from = skip;
            NodeChildAssociationPaging page = client.write(AlfrescoClient.Action.read(parentLabel),
                    () -> client.nodes().listNodeChildren(parentId, from, PAGE, null, where, AlfrescoStore.INCLUDE, null, null, null));
            var entries = page.getList() == null || page.getList().getEntries() == null ? List.<org.alfresco.core.model.NodeChildAssociationEntry>of()
                    : page.getList().getEntries();
            entries.forEach(e -> out.add(e.getEntry()));
            skip += entries.size();
            if (entries.isEmpty() || page.getList().getPagination() == null
                    || !Boolean.TRUE.equals(page.getList().getPagination().isHasMoreItems())) {
                return out;
            }
        }
    }

    /**
     * Links these nodes into a folder as secondary children (cm:contains), leaving the records
     * where they are filed; those already linked are skipped. Returns how many links were added.
     */
    public int link(String folderId, String folderLabel, Collection<String> childIds) {
        Set<String> wanted = new LinkedHashSet<>(childIds);
        if (wanted.isEmpty()) {
            return 0;
        }
        wanted.removeAll(secondaryChildren(folderId, folderLabel));
        for (String child : wanted) {
            // A 409 here means someone linked it since we listed: the link is there, as wanted.
            client.create(AlfrescoClient.Action.createChildren(folderLabel), () -> client.nodes().createSecondaryChildAssociation(
                    folderId, new ChildAssociationBody().childId(child).assocType("cm:contains"), null));
        }
        return wanted.size();
    }

    /** The ids of a folder's secondary children, page by page. */
    public List<String> secondaryChildren(String folderId, String folderLabel) {
        List<String> out = new ArrayList<>();
        int skip = 0;
        while (true) {
            int from = skip;
            NodeChildAssociationPaging page = client.write(AlfrescoClient.Action.read(folderLabel),
                    () -> client.nodes().listSecondaryChildren(folderId, null, null, from, PAGE, null, null));
            var entries = page.getList() == null || page.getList().getEntries() == null ? List.<org.alfresco.core.model.NodeChildAssociationEntry>of()
                    : page.getList().getEntries();
            entries.forEach(e -> out.add(e.getEntry().getId()));
            skip += entries.size();
            if (entries.isEmpty() || page.getList().getPagination() == null
                    || !Boolean.TRUE.equals(page.getList().getPagination().isHasMoreItems())) {
                return out;
            }
        }
    }

    /**
     * Makes sure each of {@code aces} is set locally on the node: reads its permissions back and
     * sends the locally set list it already has plus what is missing — never dropping an ACE it
     * did not set — and sends nothing when all are there. Returns whether it wrote.
     */
    public boolean grant(String nodeId, String label, Collection<Ace> aces) {
        return grant(nodeId, label, aces, null);
    }

    /**
     * Like {@link #grant(String, String, Collection)}, and turns inheritance off, so that only
     * the ACEs set here apply. What the node inherited is first copied onto it — except the ACEs
     * of authorities {@code leaveBehind} names (whose members must reach the node only through
     * the ACEs given) — so that turning inheritance off takes away nothing else.
     */
    public boolean grantIsolated(String nodeId, String label, Collection<Ace> aces, Predicate<String> leaveBehind) {
        return grant(nodeId, label, aces, leaveBehind);
    }

    private boolean grant(String nodeId, String label, Collection<Ace> aces, Predicate<String> leaveBehind) {
        Node node = get(nodeId, List.of("permissions"));
        PermissionsInfo info = node.getPermissions();
        List<PermissionElement> local = info == null || info.getLocallySet() == null ? List.of() : info.getLocallySet();
        List<PermissionElement> merged = new ArrayList<>();
        local.forEach(p -> merged.add(copy(p)));
        boolean isolate = leaveBehind != null && (info == null || !Boolean.FALSE.equals(info.isIsInheritanceEnabled()));
        if (isolate && info != null && info.getInherited() != null) {
            info.getInherited().stream().filter(p -> !leaveBehind.test(p.getAuthorityId()) && !holds(merged, p.getAuthorityId(), p.getName()))
                    .forEach(p -> merged.add(copy(p)));
        }
        boolean missing = false;
        for (Ace ace : aces) {
            if (!holds(local, ace.authority(), ace.role())) {
                merged.add(new PermissionElement().authorityId(ace.authority()).name(ace.role())
                        .accessStatus(PermissionElement.AccessStatusEnum.ALLOWED));
                missing = true;
            }
        }
        if (!missing && !isolate) {
            return false;
        }
        PermissionsBody permissions = new PermissionsBody().locallySet(merged);
        if (isolate) {
            permissions.isInheritanceEnabled(false);
        }
        NodeBodyUpdate body = new NodeBodyUpdate().permissions(permissions);
        client.write(AlfrescoClient.Action.changePermissions(label), () -> client.nodes().updateNode(nodeId, body, null, null));
        return true;
    }

    private static boolean holds(List<PermissionElement> aces, String authority, String role) {
        return aces.stream().anyMatch(p -> authority.equals(p.getAuthorityId()) && role.equals(p.getName())
                && p.getAccessStatus() != PermissionElement.AccessStatusEnum.DENIED);
    }

    private static PermissionElement copy(PermissionElement p) {
        return new PermissionElement().authorityId(p.getAuthorityId()).name(p.getName()).accessStatus(p.getAccessStatus());
    }

    private static String label(Node node) {
        return node.getName() == null ? node.getId() : node.getName();
    }
}
