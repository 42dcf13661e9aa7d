package org.swarchive.store.alfresco;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.HashSet;
import java.util.Set;
import org.alfresco.core.model.SiteGroupPaging;
import org.alfresco.core.model.SiteMembershipBodyCreate;
import org.alfresco.core.model.GroupBodyCreate;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.SiteBodyCreate;
import org.swarchive.i18n.Message;
import org.swarchive.access.Permission;
import org.swarchive.access.PermissionPlan;
import org.swarchive.access.Role;
import org.swarchive.archive.Category;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.Indicator;
import org.swarchive.i18n.Language;
import org.swarchive.store.StoreException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code swa station create} in Alfresco: the site, the station folder, its five category
 * folders (each with its restricted {@value RecordNodes#SENSITIVE} folder for sensitive records, see
 * {@link AccessPlanApplier}), the inbox with its pending-filing rule, the evidence tree of a
 * framework, a group per role and the permission plan on the folders. Every step reads first and writes only what is
 * missing, so a second run finds everything in place and sends no write at all.
 */
public final class StationProvisioner {

    public static final String INBOX = "收件箱";
    public static final String EVIDENCE = "评估佐证";
    /** The rule's name is how a re-run recognises it: rules have no other stable key. */
    static final String RULE_NAME = "swa-pending-filing";
    static final String RULES = "/alfresco/api/-default-/private/alfresco/versions/1/nodes/%s/rule-sets/-default-/rules";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a run did: the site, the station folder's id, and how many writes it sent (0 on a re-run). */
    public record Outcome(String site, String stationId, int writes) {
    }

    /** A station as provisioned: code, name and fonds code ({@code swa:fondsCode}, by default the code). */
    public record Station(String code, String name, String fonds) {
    }

    private final AlfrescoClient client;
    private final AlfrescoNodes nodes;
    private final PermissionPlan plan;

    public StationProvisioner(AlfrescoClient client, PermissionPlan plan) {
        this.client = client;
        this.nodes = new AlfrescoNodes(client);
        this.plan = plan;
    }

    /** The group of a role at a station, as the permissions API names it. */
    public static String group(String stationCode, Role role) {
        return "GROUP_" + AlfrescoLocation.siteIdOf(stationCode) + "-" + role.id();
    }

    public Outcome provision(String site, Station station, Framework framework) {
        int[] writes = {0};
        if (client.find(AlfrescoClient.Action.read("sites/" + site), () -> client.sites().getSite(site, null, null)).isEmpty()) {
            client.create(AlfrescoClient.Action.createChildren("sites"), () -> client.sites().createSite(new SiteBodyCreate()
                    .id(site).title(station.name()).description("社工站档案 " + station.code())
                    .visibility(SiteBodyCreate.VisibilityEnum.PRIVATE), null, null, null));
            writes[0]++;
        }
        String libraryPath = StationFolders.documentLibrary(site);
        Node library = client.write(AlfrescoClient.Action.read(libraryPath),
                () -> client.nodes().getNode("-root-", AlfrescoStore.INCLUDE, libraryPath, null)).getEntry();
        Node stationFolder = StationFolders.find(client, site).orElseGet(() -> {
            writes[0]++;
            return nodes.create(library.getId(), libraryPath, station.code(), "swa:station", Map.of(
                    "swa:stationCode", station.code(), "swa:stationName", station.name(), "swa:fondsCode", station.fonds(),
                    "cm:title", station.name()), List.of());
        });
        String label = station.code();
        List<Node> top = nodes.children(stationFolder.getId(), label, "(isFolder=true)");
        Map<Category, Node> categories = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            categories.put(c, child(top, n -> "swa:categoryFolder".equals(n.getNodeType()) && c.id().equals(property(n, "swa:folderCategory")),
                    () -> nodes.create(stationFolder.getId(), label, c.label().in(Language.ZH), "swa:categoryFolder",
                            Map.of("swa:folderCategory", c.id(), "swa:classCode", c.classCode(), "cm:title", c.label().in(Language.ZH)), List.of()), writes));
        }
        Node inbox = child(top, n -> "cm:folder".equals(n.getNodeType()) && INBOX.equals(n.getName()),
                () -> nodes.create(stationFolder.getId(), label, INBOX, "cm:folder", Map.of("cm:title", INBOX), List.of()), writes);
        Node evidence = child(top, n -> "cm:folder".equals(n.getNodeType()) && EVIDENCE.equals(n.getName()),
                () -> nodes.create(stationFolder.getId(), label, EVIDENCE, "cm:folder", Map.of("cm:title", EVIDENCE), List.of()), writes);
        Node tree = child(nodes.children(evidence.getId(), EVIDENCE, "(isFolder=true)"), n -> framework.id().equals(n.getName()),
                () -> nodes.create(evidence.getId(), EVIDENCE, framework.id(), "cm:folder", Map.of("cm:title", framework.title().zh()),
                        List.of()), writes);
        List<Node> folders = nodes.children(tree.getId(), framework.id(), "(nodeType='swa:evidenceFolder')");
        for (Indicator i : (Iterable<Indicator>) framework.allIndicators()::iterator) {
            child(folders, n -> i.code().equals(property(n, "swa:indicatorCode")),
                    () -> nodes.create(tree.getId(), framework.id(), folderName(i), "swa:evidenceFolder", Map.of(
                            "swa:frameworkId", framework.id(), "swa:indicatorCode", i.code(), "cm:title", i.title().zh()), List.of()), writes);
        }
        for (Role role : Role.values()) {
            String id = group(station.code(), role);
            if (client.find(AlfrescoClient.Action.read(id), () -> client.groups().getGroup(id, null, null)).isEmpty()) {
                client.create(AlfrescoClient.Action.createChildren("groups"), () -> client.groups().createGroup(new GroupBodyCreate()
                        .id(id).displayName(station.code() + " " + role.label().in(Language.ZH) + " / " + role.label().in(Language.EN)), null, null));
                writes[0]++;
            }
        }
        joinSite(site, station.code(), writes);
        // The site's own role groups reach every folder by inheritance; a category is for the roles
        // the plan names there, so it stops inheriting and keeps only the site's managers besides.
        Predicate<String> siteMembers = authority -> authority.startsWith("GROUP_site_" + site + "_")
                && !authority.equals("GROUP_site_" + site + "_SiteManager");
        categories.forEach((c, folder) -> {
            if (nodes.grantIsolated(folder.getId(), c.label().in(Language.ZH), planned(station.code(), c), siteMembers)) {
                writes[0]++;
            }
        });
        writes[0] += new AccessPlanApplier(client, plan).sensitiveFolders(site, station.code(), categories);
        // The service's notes (alerts, inspection windows, the access register, disposal journals) are
        // for the service and the site's managers, not for everyone the site lets in.
        Node notes = child(nodes.children(library.getId(), libraryPath, "(isFolder=true)"),
                n -> AlfrescoStationState.FOLDER.equals(n.getName()),
                () -> nodes.create(library.getId(), libraryPath, AlfrescoStationState.FOLDER, "cm:folder",
                        Map.of("cm:title", "Station Archives 内部记录 / service notes"), List.of()), writes);
        if (nodes.grantIsolated(notes.getId(), AlfrescoStationState.FOLDER, List.of(), siteMembers)) {
            writes[0]++;
        }
        grant(inbox, INBOX, inboxAces(station.code()), writes);
        grant(evidence, EVIDENCE, List.of(new AlfrescoNodes.Ace(group(station.code(), Role.ARCHIVIST), Permission.COORDINATOR.alfrescoName())), writes);
        if (ensureRule(inbox.getId())) {
            writes[0]++;
        }
        return new Outcome(site, stationFolder.getId(), writes[0]);
    }

    /**
     * Every role the plan gives anything joins the (private) site as SiteConsumer, so its members
     * can open it in Share; what they may do in each category is the category folder's own ACEs.
     */
    private void joinSite(String site, String code, int[] writes) {
        SiteGroupPaging members = client.call(AlfrescoClient.Action.read("sites/" + site + "/group-members"),
                () -> client.sites().listSiteGroups(site, 0, 100, null));
        Set<String> joined = new HashSet<>();
        if (members != null && members.getList() != null && members.getList().getEntries() != null) {
            members.getList().getEntries().forEach(e -> joined.add(e.getEntry().getId()));
        }
        plan.matrix().forEach((role, row) -> {
            String id = group(code, role);
            if (row.values().stream().anyMatch(Permission::canRead) && !joined.contains(id)) {
                client.create(AlfrescoClient.Action.changePermissions("sites/" + site), () -> client.sites().createSiteGroupMembership(site,
                        new SiteMembershipBodyCreate().id(id).role(SiteMembershipBodyCreate.RoleEnum.SITECONSUMER), null));
                writes[0]++;
            }
        });
    }

    private List<AlfrescoNodes.Ace> planned(String code, Category c) {
        List<AlfrescoNodes.Ace> out = new ArrayList<>();
        plan.matrix().forEach((role, row) -> {
            Permission p = row.get(c);
            if (p != Permission.NONE) {
                out.add(new AlfrescoNodes.Ace(group(code, role), p.alfrescoName()));
            }
        });
        return out;
    }

    /** Whoever may add records somewhere may drop documents in the inbox; the archivist files them. */
    private List<AlfrescoNodes.Ace> inboxAces(String code) {
        List<AlfrescoNodes.Ace> out = new ArrayList<>();
        plan.matrix().forEach((role, row) -> {
            if (role == Role.ARCHIVIST) {
                out.add(new AlfrescoNodes.Ace(group(code, role), Permission.COORDINATOR.alfrescoName()));
            } else if (row.values().stream().anyMatch(Permission::canAdd)) {
                out.add(new AlfrescoNodes.Ace(group(code, role), Permission.CONTRIBUTOR.alfrescoName()));
            }
        });
        return out;
    }

    private void grant(Node node, String label, List<AlfrescoNodes.Ace> aces, int[] writes) {
        if (!aces.isEmpty() && nodes.grant(node.getId(), label, aces)) {
            writes[0]++;
        }
    }

    /**
     * The inbox's folder rule (inbound → add swa:pendingFiling), through the Rules API — a private
     * v1 API (ACS 7.3 and later), not in the public specs. Returns whether it was created.
     */
    boolean ensureRule(String inboxId) {
        String path = RULES.formatted(inboxId);
        AlfrescoClient.Action action = AlfrescoClient.Action.write(INBOX);
        Optional<String> existing = client.raw(AlfrescoClient.Action.read(INBOX), "GET", path, null);
        if (existing.map(StationProvisioner::ruleNames).orElse(List.of()).contains(RULE_NAME)) {
            return false;
        }
        client.raw(action, "POST", path, ruleBody());
        return true;
    }

    static String ruleBody() {
        ObjectNode rule = JSON.createObjectNode();
        rule.put("name", RULE_NAME)
                .put("description", "收件箱中的新文件标记为待归档 / Mark new inbox documents as pending filing")
                .put("isEnabled", true).put("isInheritable", false).put("isAsynchronous", false);
        rule.putArray("triggers").add("inbound");
        ObjectNode action = rule.putArray("actions").addObject();
        action.put("actionDefinitionId", "add-features");
        action.putObject("params").put("aspect-name", "swa:pendingFiling");
        return rule.toString();
    }

    static List<String> ruleNames(String json) {
        try {
            JsonNode entries = JSON.readTree(json).path("list").path("entries");
            List<String> names = new ArrayList<>();
            entries.forEach(e -> names.add(e.path("entry").path("name").asText()));
            return names;
        } catch (JacksonException e) {
            throw new StoreException(Message.of("access.store.rules-unreadable"), null);
        }
    }

    /** An indicator's folder: code and title, with the characters node names may not hold replaced. */
    static String folderName(Indicator i) {
        String name = (i.code() + " " + i.title().zh()).replaceAll("[*\"<>\\\\/?:|]", "_").strip();
        name = name.length() > 200 ? name.substring(0, 200) : name;
        return name.endsWith(".") ? name.substring(0, name.length() - 1) + "_" : name;
    }

    private static String property(Node n, String key) {
        return n.getProperties() instanceof Map<?, ?> m && m.get(key) != null ? String.valueOf(m.get(key)) : null;
    }

    private static Node child(List<Node> children, Predicate<Node> match, java.util.function.Supplier<Node> create, int[] writes) {
        return children.stream().filter(match).findFirst().orElseGet(() -> {
            writes[0]++;
            return create.get();
        });
    }
}
