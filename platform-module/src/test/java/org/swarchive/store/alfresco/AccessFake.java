package org.swarchive.store.alfresco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fake repository needs for access control, as a route of its own: it enforces read
 * permissions for every user but the service's account (who acts like an administrator), keeps
 * groups and their members, answers who is asking, and keeps the {@code swa-access} audit trail —
 * a READ for each content download, as the repository's alfresco-access producer logs it, served
 * through the audit API with its {@code where}, {@code include=values} and paging.
 */
public final class AccessFake implements FakeRepository.Route {

    public static final String SERVICE = "archivist";
    private static final String CORE = AlfrescoStub.CORE;
    private static final Pattern NODE = Pattern.compile(CORE + "/nodes/([0-9a-f-]{36})(/content)?");
    private static final Pattern MEMBERS = Pattern.compile(CORE + "/groups/([^/]+)/members");
    private static final Pattern WHERE = Pattern.compile("\\(createdAt BETWEEN \\('([^']+)' , '([^']+)'\\) and valuesKey='([^']+)' and valuesValue='([^']+)'\\)");
    private static final Set<String> READ_ROLES = Set.of("Consumer", "Contributor", "Collaborator", "Coordinator", "Editor",
            "SiteConsumer", "SiteContributor", "SiteCollaborator", "SiteManager");
    private static final DateTimeFormatter ALFRESCO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final Map<String, Set<String>> members = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final List<ObjectNode> audit = new ArrayList<>();
    private Instant now = Instant.parse("2026-03-02T01:00:00Z");
    private boolean auditInstalled = true;
    private boolean auditEnabled = true;

    /** Adds people (or groups, named GROUP_…) to a group. */
    public synchronized AccessFake member(String group, String... who) {
        members.computeIfAbsent(group, g -> new LinkedHashSet<>()).addAll(List.of(who));
        return this;
    }

    public synchronized AccessFake token(String token, String user) {
        tokens.put(token, user);
        return this;
    }

    /** The time the audit trail stamps on what happens next. */
    public synchronized AccessFake at(Instant at) {
        now = at;
        return this;
    }

    public synchronized AccessFake withoutAudit() {
        auditInstalled = false;
        return this;
    }

    public synchronized AccessFake auditDisabled() {
        auditEnabled = false;
        return this;
    }

    public synchronized List<ObjectNode> auditEntries() {
        return List.copyOf(audit);
    }

    @Override
    public synchronized ResponseDefinition answer(String method, String path, Map<String, String> query, LoggedRequest request,
                                                  FakeRepository repository) {
        String user = user(request);
        Matcher m;
        if (method.equals("GET") && (m = NODE.matcher(path)).matches() && !query.containsKey("relativePath")) {
            ObjectNode node = repository.node(m.group(1));
            if (node != null && !user.equals(SERVICE) && !mayRead(user, node, repository)) {
                return forbidden();
            }
            if (node != null && m.group(2) != null) {
                logRead(user, node, repository);
            }
            return null;
        }
        if (method.equals("GET") && path.equals(CORE + "/people/-me-")) {
            ObjectNode person = FakeRepository.JSON.createObjectNode().put("id", user).put("firstName", user)
                    .put("email", user + "@example.org").put("enabled", true);
            return FakeRepository.ok(200, AlfrescoStub.entry(person));
        }
        if (method.equals("GET") && (m = MEMBERS.matcher(path)).matches()) {
            if (!members.containsKey(m.group(1))) {
                return FakeRepository.ok(404, FakeRepository.errorBody(404));
            }
            List<ObjectNode> list = members.get(m.group(1)).stream().map(id -> FakeRepository.JSON.createObjectNode().put("id", id)
                    .put("displayName", id).put("memberType", id.startsWith("GROUP_") ? "GROUP" : "PERSON")).toList();
            return FakeRepository.ok(200, AlfrescoStub.paging(list, 0, 100, false));
        }
        if (path.startsWith(CORE + "/audit-applications")) {
            return auditRequest(path, query, user);
        }
        return null;
    }

    private ResponseDefinition auditRequest(String path, Map<String, String> query, String user) {
        if (!auditInstalled) {
            return FakeRepository.ok(404, FakeRepository.errorBody(404));
        }
        if (!user.equals(SERVICE)) {
            return forbidden();
        }
        String app = CORE + "/audit-applications/" + AuditReads.APPLICATION;
        if (path.equals(app)) {
            // The specs give the application unwrapped.
            return FakeRepository.ok(200, FakeRepository.JSON.createObjectNode().put("id", AuditReads.APPLICATION)
                    .put("name", AuditReads.APPLICATION).put("isEnabled", auditEnabled));
        }
        if (!path.equals(app + "/audit-entries")) {
            return FakeRepository.ok(404, FakeRepository.errorBody(404));
        }
        Matcher w = WHERE.matcher(query.getOrDefault("where", ""));
        if (!w.matches()) {
            return FakeRepository.ok(400, FakeRepository.errorBody(400));
        }
        Instant from = OffsetDateTime.parse(w.group(1)).toInstant();
        Instant to = OffsetDateTime.parse(w.group(2)).toInstant();
        boolean values = List.of(query.getOrDefault("include", "").split(",")).contains("values");
        List<ObjectNode> hits = audit.stream().filter(e -> {
            Instant at = OffsetDateTime.parse(e.get("createdAt").asText(), ALFRESCO).toInstant();
            return !at.isBefore(from) && !at.isAfter(to) && w.group(4).equals(e.get("values").path(w.group(3)).asText());
        }).map(e -> {
            ObjectNode shown = e.deepCopy();
            if (!values) {
                shown.remove("values");
            }
            return shown;
        }).toList();
        int skip = Integer.parseInt(query.getOrDefault("skipCount", "0"));
        int max = Integer.parseInt(query.getOrDefault("maxItems", "100"));
        List<ObjectNode> page = hits.stream().skip(skip).limit(max).toList();
        return FakeRepository.ok(200, AlfrescoStub.paging(page, skip, max, skip + page.size() < hits.size()));
    }

    /** The specs give these 403s no body. */
    private static ResponseDefinition forbidden() {
        return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(403).build();
    }

    private void logRead(String user, ObjectNode node, FakeRepository repository) {
        ObjectNode e = FakeRepository.JSON.createObjectNode().put("id", String.valueOf(audit.size() + 1))
                .put("auditApplicationId", AuditReads.APPLICATION);
        e.putObject("createdByUser").put("id", user).put("displayName", user);
        e.put("createdAt", ALFRESCO.format(now.atOffset(ZoneOffset.UTC)));
        String prefix = AuditReads.VALUES;
        e.putObject("values").put(prefix + "action", "READ").put(prefix + "user", user)
                .put(prefix + "node", "workspace://SpacesStore/" + node.get("id").asText())
                .put(prefix + "path", prefixed(node.path("path").path("name").asText() + "/" + node.get("name").asText()))
                .put(prefix + "type", node.get("nodeType").asText()).put(prefix + "sub-actions", "readContent");
        audit.add(e);
        now = now.plusSeconds(1);
    }

    /** A display path ({@code /Company Home/Sites/swa-jn01/…}) as the audit trail writes it: prefixed, ISO 9075-encoded names. */
    static String prefixed(String displayPath) {
        List<String> out = new ArrayList<>();
        String[] steps = displayPath.split("/");
        for (int i = 1; i < steps.length; i++) {
            String s = steps[i];
            out.add(i == 1 ? "app:company_home" : i == 2 ? "st:sites" : "cm:" + encode(s));
        }
        return "/" + String.join("/", out);
    }

    private static String encode(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' && i > 0 || c == '.' && i > 0);
            b.append(plain ? String.valueOf(c) : String.format("_x%04x_", (int) c));
        }
        return b.toString();
    }

    /** The user a request is made as: basic auth's user, or whom a bearer token stands for. */
    private String user(LoggedRequest r) {
        String auth = r.getHeader("Authorization");
        if (auth == null) {
            return "";
        }
        if (auth.startsWith("Bearer ")) {
            return tokens.getOrDefault(auth.substring(7), "");
        }
        String decoded = new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8);
        return decoded.substring(0, decoded.indexOf(':'));
    }

    /** Whether a user holds read on a node: its own ACEs, then (while it inherits) its parents', up to the site. */
    public synchronized boolean mayRead(String user, ObjectNode node, FakeRepository repository) {
        Set<String> authorities = authorities(user, repository);
        for (JsonNode ace : effective(node, repository)) {
            if (authorities.contains(ace.path("authorityId").asText()) && READ_ROLES.contains(ace.path("name").asText())
                    && !"DENIED".equals(ace.path("accessStatus").asText())) {
                return true;
            }
        }
        return false;
    }

    private List<JsonNode> effective(ObjectNode node, FakeRepository repository) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode perms = node.path("permissions");
        perms.path("locallySet").forEach(out::add);
        if (!perms.path("isInheritanceEnabled").asBoolean(true)) {
            return out;
        }
        ObjectNode parent = repository.node(node.path("parentId").asText());
        boolean parentInLibrary = parent != null && (parent.path("path").path("name").asText() + "/").contains("/documentLibrary/");
        if (parentInLibrary) {
            out.addAll(effective(parent, repository));
        } else {
            // Below the document library the site's own groups are what a node inherits.
            perms.path("inherited").forEach(out::add);
        }
        return out;
    }

    private Set<String> authorities(String user, FakeRepository repository) {
        Set<String> out = new LinkedHashSet<>(Set.of(user));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, Set<String>> g : members.entrySet()) {
                if (!out.contains(g.getKey()) && g.getValue().stream().anyMatch(out::contains)) {
                    out.add(g.getKey());
                    grew = true;
                }
            }
        }
        // A group that joined a site is in the site's role group.
        for (String site : sitesOf(repository)) {
            for (ObjectNode m : repository.siteGroups(site)) {
                if (out.contains(m.get("id").asText())) {
                    out.add("GROUP_site_" + site + "_" + m.get("role").asText());
                }
            }
        }
        return out;
    }

    private static List<String> sitesOf(FakeRepository repository) {
        return repository.at("Sites").map(s -> repository.children(s.get("id").asText()).stream().map(n -> n.get("name").asText()).toList())
                .orElse(List.of());
    }
}
