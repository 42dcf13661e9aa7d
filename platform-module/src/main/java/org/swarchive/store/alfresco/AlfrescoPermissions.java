package org.swarchive.store.alfresco;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyUpdate;
import org.alfresco.core.model.NodeEntry;
import org.alfresco.core.model.PermissionElement;
import org.alfresco.core.model.PermissionsBody;
import org.alfresco.core.model.PermissionsInfo;
import org.swarchive.i18n.Message;
import org.swarchive.store.NodeGrants;
import org.swarchive.store.StoreException;

/**
 * A node's locally set permissions (ACEs), changed only by reading them first and sending the
 * whole list back with exactly the intended difference: the permissions API replaces the list,
 * so nothing set by anyone else is ever dropped. Grants for inspection windows and access
 * requests, and the permission plan on the category folders, go through here.
 */
public final class AlfrescoPermissions implements NodeGrants {

    private static final List<String> PERMISSIONS = List.of("permissions");

    /** What a reconciliation did (or, on a dry run, would do) on one folder. */
    public record Change(String folder, boolean isolated, List<AlfrescoNodes.Ace> added, List<AlfrescoNodes.Ace> removed) {
        public Change {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }

        public boolean changed() {
            return isolated || !added.isEmpty() || !removed.isEmpty();
        }
    }

    private final AlfrescoClient client;

    public AlfrescoPermissions(AlfrescoClient client) {
        this.client = client;
    }

    /** The authority a group name stands for in the permissions API: {@code GROUP_name}, unless already given so. */
    public static String group(String name) {
        return name.startsWith("GROUP_") ? name : "GROUP_" + name;
    }

    private Optional<Node> read(String node) {
        return client.find(AlfrescoClient.Action.read(node), () -> client.nodes().getNode(node, PERMISSIONS, null, null))
                .map(NodeEntry::getEntry);
    }

    private static List<PermissionElement> local(Node n) {
        PermissionsInfo info = n.getPermissions();
        return info == null || info.getLocallySet() == null ? List.of() : info.getLocallySet();
    }

    @Override
    public boolean holds(String node, String authority, String role) {
        return read(node).map(n -> holds(local(n), authority, role)).orElse(false);
    }

    @Override
    public boolean grant(String node, String authority, String role) {
        Optional<Node> n = read(node);
        if (n.isEmpty() || holds(local(n.get()), authority, role)) {
            return false;
        }
        List<PermissionElement> aces = copies(local(n.get()));
        aces.add(allowed(authority, role));
        return send(n.get(), new PermissionsBody().locallySet(aces));
    }

    @Override
    public boolean revoke(String node, String authority, String role) {
        Optional<Node> n = read(node);
        if (n.isEmpty() || !holds(local(n.get()), authority, role)) {
            return false;
        }
        List<PermissionElement> aces = copies(local(n.get()));
        aces.removeIf(p -> same(p, authority, role));
        return send(n.get(), new PermissionsBody().locallySet(aces));
    }

    /**
     * Makes the folder's ACEs of the authorities {@code owned} names exactly {@code wanted}:
     * adds what is missing and — when {@code removeOwned} — takes away the owned ones not wanted;
     * ACEs of any other authority stay. With {@code keepInherited} not null the folder also stops
     * inheriting, keeping the inherited ACEs it accepts. Then reads the folder back to be sure the
     * repository kept it all. On a dry run, only says what it would do.
     */
    public Change reconcile(String folderId, String label, Collection<AlfrescoNodes.Ace> wanted, Predicate<String> owned,
                            boolean removeOwned, Predicate<String> keepInherited, boolean dryRun) {
        Node n = client.write(AlfrescoClient.Action.read(label), () -> client.nodes().getNode(folderId, PERMISSIONS, null, null)).getEntry();
        PermissionsInfo info = n.getPermissions();
        List<PermissionElement> aces = copies(local(n));
        boolean isolate = keepInherited != null && (info == null || !Boolean.FALSE.equals(info.isIsInheritanceEnabled()));
        if (isolate && info != null && info.getInherited() != null) {
            info.getInherited().stream().filter(p -> keepInherited.test(p.getAuthorityId()) && !holds(aces, p.getAuthorityId(), p.getName()))
                    .forEach(p -> aces.add(copy(p)));
        }
        List<AlfrescoNodes.Ace> removed = new ArrayList<>();
        if (removeOwned) {
            for (PermissionElement p : List.copyOf(aces)) {
                AlfrescoNodes.Ace ace = new AlfrescoNodes.Ace(p.getAuthorityId(), p.getName());
                if (owned.test(p.getAuthorityId()) && p.getAccessStatus() != PermissionElement.AccessStatusEnum.DENIED
                        && !wanted.contains(ace)) {
                    aces.remove(p);
                    removed.add(ace);
                }
            }
        }
        List<AlfrescoNodes.Ace> added = new ArrayList<>();
        for (AlfrescoNodes.Ace ace : wanted) {
            if (!holds(aces, ace.authority(), ace.role())) {
                aces.add(allowed(ace.authority(), ace.role()));
                added.add(ace);
            }
        }
        Change change = new Change(label, isolate, added, removed);
        if (!change.changed() || dryRun) {
            return change;
        }
        PermissionsBody body = new PermissionsBody().locallySet(aces);
        if (isolate) {
            body.isInheritanceEnabled(false);
        }
        client.write(AlfrescoClient.Action.changePermissions(label),
                () -> client.nodes().updateNode(folderId, new NodeBodyUpdate().permissions(body), null, null));
        // Read back: a repository that answered but did not keep the list must not pass as done.
        Node after = client.write(AlfrescoClient.Action.read(label), () -> client.nodes().getNode(folderId, PERMISSIONS, null, null)).getEntry();
        List<PermissionElement> kept = local(after);
        boolean right = wanted.stream().allMatch(a -> holds(kept, a.authority(), a.role()))
                && removed.stream().noneMatch(a -> holds(kept, a.authority(), a.role()))
                && (!isolate || after.getPermissions() == null || Boolean.FALSE.equals(after.getPermissions().isIsInheritanceEnabled()));
        if (!right) {
            throw new StoreException(AlfrescoClient.reason(Message.of("alfresco.permissions.not-kept", label)), null);
        }
        return change;
    }

    private boolean send(Node n, PermissionsBody permissions) {
        String label = n.getName() == null ? n.getId() : n.getName();
        // A node removed since it was read holds nothing any more: nothing to do.
        return client.find(AlfrescoClient.Action.changePermissions(label),
                () -> client.nodes().updateNode(n.getId(), new NodeBodyUpdate().permissions(permissions), null, null)).isPresent();
    }

    private static boolean holds(List<PermissionElement> aces, String authority, String role) {
        return aces.stream().anyMatch(p -> same(p, authority, role));
    }

    private static boolean same(PermissionElement p, String authority, String role) {
        return authority.equals(p.getAuthorityId()) && role.equals(p.getName())
                && p.getAccessStatus() != PermissionElement.AccessStatusEnum.DENIED;
    }

    private static List<PermissionElement> copies(List<PermissionElement> aces) {
        List<PermissionElement> out = new ArrayList<>();
        aces.forEach(p -> out.add(copy(p)));
        return out;
    }

    private static PermissionElement copy(PermissionElement p) {
        return new PermissionElement().authorityId(p.getAuthorityId()).name(p.getName()).accessStatus(p.getAccessStatus());
    }

    private static PermissionElement allowed(String authority, String role) {
        return new PermissionElement().authorityId(authority).name(role).accessStatus(PermissionElement.AccessStatusEnum.ALLOWED);
    }
}
