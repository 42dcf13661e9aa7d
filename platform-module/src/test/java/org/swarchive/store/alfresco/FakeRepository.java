package org.swarchive.store.alfresco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository that remembers: the few endpoints provisioning uses (sites, nodes and their
 * children, permissions, groups, folder rules), answering as the specs describe, so that a
 * second run meets what the first one made. One per test; its state lives only in the instance.
 */
final class FakeRepository implements ResponseDefinitionTransformerV2 {

    static final String NAME = "fake-repository";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NODE = Pattern.compile(AlfrescoStub.CORE + "/nodes/([^/?]+)(/children)?");
    private static final Pattern GROUP = Pattern.compile(AlfrescoStub.CORE + "/groups/([^/?]+)");
    private static final Pattern SITE = Pattern.compile(AlfrescoStub.CORE + "/sites/([^/?]+)");
    private static final Pattern SITE_GROUPS = Pattern.compile(AlfrescoStub.CORE + "/sites/([^/?]+)/group-members");
    private static final Pattern RULES = Pattern.compile("/alfresco/api/-default-/private/alfresco/versions/1/nodes/([^/]+)/rule-sets/-default-/rules");

    private final Map<String, ObjectNode> nodes = new LinkedHashMap<>();
    private final Map<String, String> paths = new LinkedHashMap<>();
    private final Set<String> sites = new LinkedHashSet<>();
    private final Set<String> groups = new LinkedHashSet<>();
    private final Map<String, List<ObjectNode>> rules = new LinkedHashMap<>();
    private final Map<String, List<ObjectNode>> siteGroups = new LinkedHashMap<>();

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** A node somebody else put there: kept by every run. */
    synchronized ObjectNode node(String id) {
        return nodes.get(id);
    }

    synchronized String library(String site) {
        return paths.get("Sites/" + site + "/documentLibrary");
    }

    synchronized List<ObjectNode> siteGroups(String site) {
        return siteGroups.getOrDefault(site, List.of());
    }

    synchronized List<ObjectNode> rules(String folderId) {
        return rules.getOrDefault(folderId, List.of());
    }

    synchronized List<ObjectNode> children(String parentId) {
        return nodes.values().stream().filter(n -> parentId.equals(n.path("parentId").asText())).toList();
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        LoggedRequest r = event.getRequest();
        String method = r.getMethod().getName();
        String path = r.getUrl().split("\\?")[0];
        Map<String, String> query = query(r.getUrl());
        try {
            Matcher m;
            if ((m = RULES.matcher(path)).matches()) {
                List<ObjectNode> list = rules.computeIfAbsent(m.group(1), k -> new ArrayList<>());
                if (method.equals("GET")) {
                    return ok(200, AlfrescoStub.paging(list, 0, 100, false));
                }
                ObjectNode rule = (ObjectNode) JSON.readTree(r.getBodyAsString());
                rule.put("id", UUID.randomUUID().toString());
                list.add(rule);
                return ok(201, AlfrescoStub.entry(rule));
            }
            if (path.equals(AlfrescoStub.CORE + "/sites") && method.equals("POST")) {
                JsonNode body = JSON.readTree(r.getBodyAsString());
                String site = body.get("id").asText();
                sites.add(site);
                ObjectNode sitesFolder = folder("Sites", "cm:folder", null);
                ObjectNode siteNode = folder(site, "st:site", sitesFolder.get("id").asText());
                folder("documentLibrary", "cm:folder", siteNode.get("id").asText());
                return ok(201, AlfrescoStub.entry(site(site, body.path("title").asText(site))));
            }
            if ((m = SITE_GROUPS.matcher(path)).matches()) {
                List<ObjectNode> list = siteGroups.computeIfAbsent(m.group(1), k -> new ArrayList<>());
                if (method.equals("GET")) {
                    return ok(200, AlfrescoStub.paging(list, 0, 100, false));
                }
                JsonNode body = JSON.readTree(r.getBodyAsString());
                ObjectNode member = JSON.createObjectNode().put("id", body.get("id").asText()).put("role", body.get("role").asText());
                member.putObject("group").put("id", body.get("id").asText()).put("displayName", body.get("id").asText()).put("memberType", "GROUP");
                list.add(member);
                return ok(201, AlfrescoStub.entry(member));
            }
            if ((m = SITE.matcher(path)).matches()) {
                return sites.contains(m.group(1)) ? ok(200, AlfrescoStub.entry(site(m.group(1), m.group(1)))) : none();
            }
            if (path.equals(AlfrescoStub.CORE + "/groups") && method.equals("POST")) {
                JsonNode body = JSON.readTree(r.getBodyAsString());
                groups.add(body.get("id").asText());
                return ok(201, AlfrescoStub.entry(group(body.get("id").asText(), body.get("displayName").asText())));
            }
            if ((m = GROUP.matcher(path)).matches()) {
                return groups.contains(m.group(1)) ? ok(200, AlfrescoStub.entry(group(m.group(1), m.group(1)))) : none();
            }
            if ((m = NODE.matcher(path)).matches()) {
                String id = m.group(1);
                if (id.equals("-root-")) {
                    id = paths.getOrDefault(query.getOrDefault("relativePath", ""), "none");
                }
                ObjectNode node = nodes.get(id);
                if (node == null) {
                    return ok(404, errorBody(404));
                }
                boolean children = m.group(2) != null;
                if (children && method.equals("GET")) {
                    String where = query.getOrDefault("where", "");
                    List<ObjectNode> list = children(id).stream().filter(c -> matches(c, where)).map(FakeRepository::view).toList();
                    return ok(200, AlfrescoStub.paging(list, 0, 1000, false));
                }
                if (children && method.equals("POST")) {
                    ObjectNode body = (ObjectNode) JSON.readTree(r.getBodyAsString());
                    String name = body.get("name").asText();
                    if (children(id).stream().anyMatch(c -> c.get("name").asText().equals(name))) {
                        return new ResponseDefinitionBuilder().withStatus(409).build();
                    }
                    ObjectNode created = folder(name, body.get("nodeType").asText(), id);
                    if (body.has("properties")) {
                        created.set("properties", body.get("properties"));
                    }
                    return ok(201, AlfrescoStub.entry(view(created)));
                }
                if (method.equals("PUT")) {
                    JsonNode body = JSON.readTree(r.getBodyAsString());
                    if (body.has("permissions")) {
                        ObjectNode perms = (ObjectNode) node.get("permissions");
                        perms.set("locallySet", body.get("permissions").get("locallySet"));
                        if (body.get("permissions").has("isInheritanceEnabled")) {
                            boolean inherits = body.get("permissions").get("isInheritanceEnabled").asBoolean();
                            perms.put("isInheritanceEnabled", inherits);
                            if (!inherits) {
                                perms.putArray("inherited");
                            }
                        }
                    }
                    if (body.has("properties")) {
                        ((ObjectNode) node.get("properties")).setAll((ObjectNode) body.get("properties"));
                    }
                    if (body.has("aspectNames")) {
                        node.set("aspectNames", body.get("aspectNames"));
                    }
                }
                ObjectNode shown = view(node);
                if (query.getOrDefault("include", "").contains("permissions")) {
                    shown.set("permissions", node.get("permissions").deepCopy());
                }
                return ok(200, AlfrescoStub.entry(shown));
            }
            return ok(404, errorBody(404));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return ok(400, errorBody(400));
        }
    }

    /** A folder made by someone else, e.g. an ACE or a folder provisioning must leave alone. */
    synchronized ObjectNode folder(String name, String type, String parentId) {
        String parentPath = parentId == null ? "/Company Home" : nodes.get(parentId).path("path").path("name").asText()
                + "/" + nodes.get(parentId).get("name").asText();
        ObjectNode n = AlfrescoStub.node(UUID.randomUUID().toString(), name, type, true, parentPath);
        if (parentId != null) {
            n.put("parentId", parentId);
        }
        n.putObject("properties");
        ObjectNode perms = n.putObject("permissions").put("isInheritanceEnabled", true);
        perms.putArray("locallySet");
        // Below a site, the site's role groups are inherited, as on a real site.
        Matcher site = Pattern.compile("/Company Home/Sites/([^/]+)/.+").matcher(parentPath + "/");
        ArrayNode inherited = perms.putArray("inherited");
        if (site.matches()) {
            for (String role : List.of("SiteManager", "SiteConsumer")) {
                inherited.addObject().put("authorityId", "GROUP_site_" + site.group(1) + "_" + role).put("name", role).put("accessStatus", "ALLOWED");
            }
        }
        perms.putArray("settable").add("Consumer").add("Contributor").add("Collaborator").add("Coordinator");
        nodes.put(n.get("id").asText(), n);
        String relative = (parentPath + "/" + name).replaceFirst("^/Company Home/?", "");
        paths.put(relative, n.get("id").asText());
        return n;
    }

    private static boolean matches(ObjectNode n, String where) {
        Matcher type = Pattern.compile("\\(nodeType='([^']+)'\\)").matcher(where);
        if (type.matches()) {
            return n.get("nodeType").asText().equals(type.group(1));
        }
        return !where.contains("isFolder=true") || n.get("isFolder").asBoolean();
    }

    /** A node as the API shows it without include=permissions. */
    private static ObjectNode view(ObjectNode n) {
        ObjectNode copy = n.deepCopy();
        copy.remove("permissions");
        return copy;
    }

    private static ObjectNode site(String id, String title) {
        ObjectNode s = JSON.createObjectNode();
        s.put("id", id).put("guid", UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString()).put("title", title)
                .put("visibility", "PRIVATE").put("preset", "site-dashboard");
        return s;
    }

    private static ObjectNode group(String id, String displayName) {
        ObjectNode g = JSON.createObjectNode();
        g.put("id", id).put("displayName", displayName).put("isRoot", true);
        return g;
    }

    private static ObjectNode errorBody(int status) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("errorKey", "framework.exception.ApiDefault").put("statusCode", status)
                .put("briefSummary", "fake").put("stackTrace", "-").put("descriptionURL", "https://api-explorer.alfresco.com");
        return body;
    }

    private static ResponseDefinition ok(int status, Object body) {
        return AlfrescoStub.json(status, body).build();
    }

    /** The specs give a missing site's or group's 404 no body. */
    private static ResponseDefinition none() {
        return new ResponseDefinitionBuilder().withStatus(404).build();
    }

    private static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] parts = url.split("\\?", 2);
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return out;
    }
}
