package org.swarchive.store.alfresco;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyMove;
import org.alfresco.search.model.ResultNode;
import org.swarchive.i18n.Message;
import org.swarchive.access.AccessPolicy;
import org.swarchive.access.Permission;
import org.swarchive.access.PermissionPlan;
import org.swarchive.access.Role;
import org.swarchive.archive.Category;
import org.swarchive.archive.Confidentiality;
import org.swarchive.i18n.Language;
import org.swarchive.store.StoreException;

/**
 * {@code swa access apply}: the permission plan onto a station's category folders, and each
 * category's restricted folder {@value RecordNodes#SENSITIVE} for its sensitive records.
 *
 * <ul>
 *   <li>On a category folder the ACEs of the station's role groups ({@code GROUP_swa-jn01-social-worker}, …)
 *       become exactly the plan's; any other authority's ACE stays. The folder does not inherit.</li>
 *   <li>{@value RecordNodes#SENSITIVE} inside it does not inherit either and holds, besides the site's
 *       managers, only the roles that may read sensitive personal information ({@link Role#readsSensitive()})
 *       with the plan's permission on the category: never evaluators, never finance officers.</li>
 *   <li>Records whose {@code swa:confidentiality} is {@code sensitive} move into it, keeping the folders
 *       below the category ({@code 服务档案/2025/x} → {@code 服务档案/敏感档案/2025/x}); records there that
 *       are no longer sensitive move back. A move keeps the node, its 档号 and every property.</li>
 * </ul>
 * Everything is read first; a dry run only says what would change, and a second run changes nothing.
 */
public final class AccessPlanApplier {

    /** A record moved (or, on a dry run, to be moved) in or out of a restricted folder. */
    public record Move(String node, String from, String to, boolean intoSensitive) {
    }

    /**
     * What apply did: each folder's permission changes, the restricted folders it made, the
     * moves, and sensitive records it left where they are (outside every category folder, such as
     * the inbox, where filing will place them).
     */
    public record Outcome(List<AlfrescoPermissions.Change> folders, List<String> created, List<Move> moves, List<String> leftAlone) {
        public Outcome {
            folders = List.copyOf(folders);
            created = List.copyOf(created);
            moves = List.copyOf(moves);
            leftAlone = List.copyOf(leftAlone);
        }

        public int changes() {
            return (int) folders.stream().filter(AlfrescoPermissions.Change::changed).count() + created.size() + moves.size();
        }
    }

    private final AlfrescoClient client;
    private final AlfrescoNodes nodes;
    private final AlfrescoPermissions permissions;
    private final AccessPolicy policy;

    public AccessPlanApplier(AlfrescoClient client, PermissionPlan plan) {
        this.client = client;
        this.nodes = new AlfrescoNodes(client);
        this.permissions = new AlfrescoPermissions(client);
        this.policy = new AccessPolicy(plan);
    }

    public Outcome apply(String site, boolean dryRun) {
        Node station = StationFolders.find(client, site).orElseThrow(() -> new StoreException(
                Message.of("access.store.no-station-create", site), null));
        String code = property(station, "swa:stationCode").orElse(station.getName());
        Map<Category, Node> categories = categoryFolders(station);
        Set<String> roleGroups = Arrays.stream(Role.values()).map(r -> StationProvisioner.group(code, r)).collect(Collectors.toSet());
        List<AlfrescoPermissions.Change> changes = new ArrayList<>();
        List<String> created = new ArrayList<>();
        Map<Category, Node> restricted = new LinkedHashMap<>();
        for (Map.Entry<Category, Node> e : categories.entrySet()) {
            Category c = e.getKey();
            changes.add(permissions.reconcile(e.getValue().getId(), c.label().in(Language.ZH), aces(code, c, false), roleGroups::contains, true,
                    siteMembers(site).negate(), dryRun));
            String label = c.label().in(Language.ZH) + "/" + RecordNodes.SENSITIVE;
            Optional<Node> folder = sensitiveFolder(e.getValue());
            if (folder.isEmpty()) {
                created.add(label);
            }
            if (folder.isEmpty() && dryRun) {
                changes.add(new AlfrescoPermissions.Change(label, true, aces(code, c, true), List.of()));
                continue;
            }
            Node f = folder.orElseGet(() -> createSensitiveFolder(e.getValue(), c));
            restricted.put(c, f);
            changes.add(permissions.reconcile(f.getId(), label, aces(code, c, true), roleGroups::contains, true, siteManager(site), dryRun));
        }
        List<String> leftAlone = new ArrayList<>();
        List<Move> moves = moves(station, categories, restricted, leftAlone, dryRun);
        return new Outcome(changes, created, moves, leftAlone);
    }

    /**
     * Provisioning's part: each category folder's restricted folder, with its ACEs merged in
     * (nothing removed). Returns how many writes it sent (none on a re-run).
     */
    public int sensitiveFolders(String site, String code, Map<Category, Node> categories) {
        int writes = 0;
        for (Map.Entry<Category, Node> e : categories.entrySet()) {
            Optional<Node> existing = sensitiveFolder(e.getValue());
            Node f = existing.orElseGet(() -> createSensitiveFolder(e.getValue(), e.getKey()));
            writes += existing.isPresent() ? 0 : 1;
            if (permissions.reconcile(f.getId(), e.getKey().label().in(Language.ZH) + "/" + RecordNodes.SENSITIVE, aces(code, e.getKey(), true),
                    a -> false, false, siteManager(site), false).changed()) {
                writes++;
            }
        }
        return writes;
    }

    /** The site's role groups reach every folder by inheritance; only its managers stay where inheritance stops. */
    private static Predicate<String> siteMembers(String site) {
        return authority -> authority.startsWith("GROUP_site_" + site + "_") && !authority.equals("GROUP_site_" + site + "_SiteManager");
    }

    private static Predicate<String> siteManager(String site) {
        return authority -> authority.equals("GROUP_site_" + site + "_SiteManager");
    }

    /** The plan's ACEs on a category folder, or on its restricted folder. */
    private List<AlfrescoNodes.Ace> aces(String code, Category c, boolean sensitive) {
        List<AlfrescoNodes.Ace> out = new ArrayList<>();
        for (Role role : Role.values()) {
            Permission p = policy.folderPermission(role, c, sensitive);
            if (p != Permission.NONE) {
                out.add(new AlfrescoNodes.Ace(StationProvisioner.group(code, role), p.alfrescoName()));
            }
        }
        return out;
    }

    private Map<Category, Node> categoryFolders(Node station) {
        Map<Category, Node> out = new LinkedHashMap<>();
        List<Node> folders = nodes.children(station.getId(), station.getName(), "(nodeType='swa:categoryFolder')");
        for (Category c : Category.values()) {
            Node folder = folders.stream().filter(n -> c.id().equals(property(n, "swa:folderCategory").orElse(null))).findFirst()
                    .orElseThrow(() -> new StoreException(
                            Message.of("access.store.no-category-folder", c.label().in(Language.ZH)), null));
            out.put(c, folder);
        }
        return out;
    }

    private Optional<Node> sensitiveFolder(Node category) {
        return nodes.children(category.getId(), category.getName(), "(isFolder=true)").stream()
                .filter(n -> RecordNodes.SENSITIVE.equals(n.getName())).findFirst();
    }

    private Node createSensitiveFolder(Node category, Category c) {
        return nodes.create(category.getId(), c.label().in(Language.ZH), RecordNodes.SENSITIVE, "cm:folder", Map.of("cm:title", RecordNodes.SENSITIVE,
                "cm:description", "敏感个人信息档案，仅限有权查阅的角色 / sensitive records, for the roles allowed to read them"), List.of());
    }

    /** Sensitive records into their category's restricted folder, and records no longer sensitive back out. */
    private List<Move> moves(Node station, Map<Category, Node> categories, Map<Category, Node> restricted, List<String> leftAlone,
                             boolean dryRun) {
        String stationPath = RecordNodes.stationPath(station);
        Map<String, Category> byName = new HashMap<>();
        categories.forEach((c, n) -> byName.put(n.getName(), c));
        List<Planned> planned = new ArrayList<>();
        // One walk of the station's folders (the database's answer, a write of a moment ago in it),
        // not a search: without an index ANCESTOR finds nothing, and with one it lags.
        List<ResultNode> records;
        try (Stream<ResultNode> docs = StationTree.documents(client, station)) {
            records = docs.filter(n -> RecordNodes.isRecordType(n.getNodeType())).toList();
        }
        for (ResultNode n : records) {
            String id = AlfrescoStore.relativeId(n, stationPath);
            List<String> steps = List.of(id.split("/"));
            Category c = steps.size() > 1 ? byName.get(steps.get(0)) : null;
            String marked = AlfrescoProperties.swaStrings(n.getProperties()).get("swa:confidentiality");
            boolean inRestricted = c != null && steps.size() > 2 && steps.get(1).equals(RecordNodes.SENSITIVE)
                    && restricted.containsKey(c);
            if ("sensitive".equals(marked)) {
                if (c == null) {
                    leftAlone.add(id);
                } else if (!steps.get(1).equals(RecordNodes.SENSITIVE)) {
                    planned.add(new Planned(n, id, c, true, steps.subList(1, steps.size() - 1)));
                }
            } else if (inRestricted && AccessPolicy.confidentiality(marked) != Confidentiality.SENSITIVE) {
                planned.add(new Planned(n, id, c, false, steps.subList(2, steps.size() - 1)));
            }
        }
        List<Move> moves = new ArrayList<>();
        Map<String, List<Node>> listed = new HashMap<>();
        for (Planned p : planned) {
            Node category = categories.get(p.category());
            String base = category.getName() + (p.into() ? "/" + RecordNodes.SENSITIVE : "");
            String target = base + (p.folders().isEmpty() ? "" : "/" + String.join("/", p.folders())) + "/" + p.node().getName();
            if (dryRun) {
                moves.add(new Move(p.node().getId(), p.id(), target, p.into()));
                continue;
            }
            Node parent = p.into() ? restricted.get(p.category()) : category;
            for (String step : p.folders()) {
                parent = folder(parent, step, listed);
            }
            String parentId = parent.getId();
            Node moved = client.createNamed(AlfrescoClient.Action.write(p.id()), p.node().getName(), candidate -> () -> client.nodes()
                    .moveNode(p.node().getId(), new NodeBodyMove().targetParentId(parentId).name(candidate), null, null)).getEntry();
            String name = moved == null || moved.getName() == null ? p.node().getName() : moved.getName();
            moves.add(new Move(p.node().getId(), p.id(), target.substring(0, target.lastIndexOf('/') + 1) + name, p.into()));
        }
        return moves;
    }

    private record Planned(ResultNode node, String id, Category category, boolean into, List<String> folders) {
    }

    /** The child folder of that name, made when missing; listings are kept for the run. */
    private Node folder(Node parent, String name, Map<String, List<Node>> listed) {
        List<Node> children = listed.computeIfAbsent(parent.getId(),
                id -> new ArrayList<>(nodes.children(id, parent.getName(), "(isFolder=true)")));
        return children.stream().filter(n -> name.equals(n.getName())).findFirst().orElseGet(() -> {
            Node made = nodes.create(parent.getId(), parent.getName(), name, "cm:folder", Map.of(), List.of());
            children.add(made);
            return made;
        });
    }

    private static Optional<String> property(Node n, String key) {
        return n.getProperties() instanceof Map<?, ?> m && m.get(key) != null ? Optional.of(String.valueOf(m.get(key))) : Optional.empty();
    }
}
