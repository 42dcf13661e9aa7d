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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository that remembers, answering as the specs describe, so that what one call (or one
 * run, or one replica) writes the next one meets: sites, groups, nodes with properties, aspects,
 * permissions and content, children (JSON or multipart creates, {@code relativePath}), moves,
 * deletes (to the trash can or permanently), secondary children, folder rules, and the search
 * API for the few AFTS forms the store sends. One per test; its state lives only in the instance.
 *
 * <p>Features that need more of the API add a {@link Route} ({@link #route}) rather than growing
 * this class: a route sees the request first and answers, or passes.
 */
public final class FakeRepository implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-repository";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORE = AlfrescoStub.CORE;
    private static final Pattern NODE = Pattern.compile(CORE + "/nodes/([^/?]+)(/[a-z-]+)?(/([^/?]+))?");
    private static final Pattern GROUP = Pattern.compile(CORE + "/groups/([^/?]+)");
    private static final Pattern SITE = Pattern.compile(CORE + "/sites/([^/?]+)");
    private static final Pattern SITE_GROUPS = Pattern.compile(CORE + "/sites/([^/?]+)/group-members");
    private static final Pattern RULES = Pattern.compile("/alfresco/api/-default-/private/alfresco/versions/1/nodes/([^/]+)/rule-sets/-default-/rules");

    /** One more endpoint: answers a request it knows, or {@code null} to let the next route (and then the repository) try. */
    @FunctionalInterface
    public interface Route {
        ResponseDefinition answer(String method, String path, Map<String, String> query, LoggedRequest request, FakeRepository repository)
                throws Exception;
    }

    private final Map<String, ObjectNode> nodes = new LinkedHashMap<>();
    private final Map<String, byte[]> content = new LinkedHashMap<>();
    private final Map<String, Set<String>> secondary = new LinkedHashMap<>();
    private final Set<String> sites = new LinkedHashSet<>();
    private final Set<String> groups = new LinkedHashSet<>();
    private final Map<String, List<ObjectNode>> rules = new LinkedHashMap<>();
    private final Map<String, List<ObjectNode>> siteGroups = new LinkedHashMap<>();
    private final List<String> deleted = new ArrayList<>();
    private final List<String> trashed = new ArrayList<>();
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final Map<String, Set<String>> memberships = new LinkedHashMap<>();
    private final Map<String, String> tickets = new LinkedHashMap<>();
    private long clock;
    /** The person the request being answered is made as (a ticket or their password); null for the service's own account. */
    private String actor;

    /** The authentication API's base (alfresco-auth.yaml). */
    public static final String AUTH = "/alfresco/api/-default-/public/authentication/versions/1";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** Adds an endpoint ahead of the repository's own. */
    public synchronized FakeRepository route(Route route) {
        routes.add(route);
        return this;
    }

    // ---- what tests read and arrange ----------------------------------------------------------

    /** A node as stored (with permissions), or null. */
    public synchronized ObjectNode node(String id) {
        return nodes.get(id);
    }

    /** The node at a path from Company Home ({@code Sites/swa-jn01/documentLibrary/JN01}), if any. */
    public synchronized Optional<ObjectNode> at(String relativePath) {
        return Optional.ofNullable(resolve(null, relativePath)).map(nodes::get);
    }

    public synchronized String library(String site) {
        return resolve(null, "Sites/" + site + "/documentLibrary");
    }

    public synchronized List<ObjectNode> siteGroups(String site) {
        return siteGroups.getOrDefault(site, List.of());
    }

    public synchronized List<ObjectNode> rules(String folderId) {
        return rules.getOrDefault(folderId, List.of());
    }

    public synchronized List<ObjectNode> children(String parentId) {
        return nodes.values().stream().filter(n -> parentId.equals(n.path("parentId").asText())).toList();
    }

    /** Every node below {@code ancestorId} (primary parents only), depth first. */
    public synchronized List<ObjectNode> descendants(String ancestorId) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode c : children(ancestorId)) {
            out.add(c);
            out.addAll(descendants(c.get("id").asText()));
        }
        return out;
    }

    public synchronized Optional<byte[]> content(String id) {
        return Optional.ofNullable(content.get(id));
    }

    public synchronized Set<String> secondaryChildren(String folderId) {
        return Set.copyOf(secondary.getOrDefault(folderId, Set.of()));
    }

    /** Ids deleted permanently, in order. */
    public synchronized List<String> deletedPermanently() {
        return List.copyOf(deleted);
    }

    /** Ids deleted to the trash can, in order. */
    public synchronized List<String> trashed() {
        return List.copyOf(trashed);
    }

    /** A person who can sign in ({@code POST /tickets}), a member of these groups ({@code GROUP_swa-jn01-archivist}, …). */
    public synchronized FakeRepository person(String userId, String password, String... groupIds) {
        passwords.put(userId, password);
        memberships.put(userId, new LinkedHashSet<>(List.of(groupIds)));
        groups.addAll(List.of(groupIds));
        return this;
    }

    /** The person a request is made as: HTTP Basic with a name and password, or with a ticket alone; null when neither is valid. */
    public synchronized String caller(LoggedRequest r) {
        String header = r.getHeader("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(java.util.Base64.getDecoder().decode(header.substring("Basic ".length()).trim()),
                java.nio.charset.StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return tickets.get(decoded);
        }
        String user = decoded.substring(0, colon);
        return decoded.substring(colon + 1).equals(passwords.get(user)) ? user : null;
    }

    /** A site with its document library, as {@code POST /sites} makes it. */
    public synchronized String site(String site) {
        sites.add(site);
        ObjectNode sitesFolder = Optional.ofNullable(resolve(null, "Sites")).map(nodes::get).orElseGet(() -> folder("Sites", "cm:folder", null));
        ObjectNode siteNode = folder(site, "st:site", sitesFolder.get("id").asText());
        return folder("documentLibrary", "cm:folder", siteNode.get("id").asText()).get("id").asText();
    }

    /** A folder made by someone else, e.g. an ACE or a folder provisioning must leave alone. */
    public synchronized ObjectNode folder(String name, String type, String parentId) {
        return make(name, type, true, parentId);
    }

    /** A document somebody filed, with its swa: properties (strings as the folder store writes them; typed like the real API). */
    public synchronized ObjectNode document(String parentId, String name, String type, Map<String, String> properties, byte[] bytes) {
        ObjectNode n = make(name, type, false, parentId);
        ObjectNode props = (ObjectNode) n.get("properties");
        properties.forEach((k, v) -> AlfrescoStub.putTyped(props, k, v));
        List<String> aspects = new ArrayList<>();
        n.get("aspectNames").forEach(a -> aspects.add(a.asText()));
        properties.keySet().forEach(k -> AlfrescoStub.aspectOf(k).filter(a -> !aspects.contains(a)).ifPresent(aspects::add));
        ArrayNode names = n.putArray("aspectNames");
        aspects.forEach(names::add);
        content.put(n.get("id").asText(), bytes);
        content(n, "application/octet-stream", bytes.length);
        return n;
    }

    /** A node deleted as the API would delete it (e.g. by a request whose answer then got lost). */
    public synchronized void remove(String id, boolean permanent) {
        delete(id, permanent);
    }

    /** A document at a path below a node, the folders on the way made as needed (plain cm:folder). */
    public synchronized ObjectNode documentAt(String fromId, String path, String type, Map<String, String> properties, byte[] bytes) {
        int slash = path.lastIndexOf('/');
        String parent = slash < 0 ? fromId : folders(fromId, path.substring(0, slash));
        return document(parent, path.substring(slash + 1), type, properties, bytes);
    }

    // ---- the API --------------------------------------------------------------------------------

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        LoggedRequest r = event.getRequest();
        String method = r.getMethod().getName();
        String path = r.getUrl().split("\\?")[0];
        Map<String, String> query = query(r.getUrl());
        actor = caller(r);
        try {
            for (Route route : routes) {
                ResponseDefinition answer = route.answer(method, path, query, r, this);
                if (answer != null) {
                    return answer;
                }
            }
            Matcher m;
            if (path.equals(AUTH + "/tickets") && method.equals("POST")) {
                // As the specs say: 400 without a name or password, 403 when the login fails, 201 with the ticket.
                JsonNode body = JSON.readTree(r.getBodyAsString());
                String user = body.path("userId").asText("");
                String password = body.path("password").asText("");
                if (user.isEmpty() || password.isEmpty()) {
                    return ok(400, errorBody(400));
                }
                if (!password.equals(passwords.get(user))) {
                    return ok(403, errorBody(403));
                }
                String ticket = "TICKET_" + UUID.randomUUID().toString().replace("-", "");
                tickets.put(ticket, user);
                ObjectNode entry = JSON.createObjectNode().put("id", ticket).put("userId", user);
                return ok(201, AlfrescoStub.entry(entry));
            }
            if (path.equals(CORE + "/people/-me-/groups") && method.equals("GET")) {
                String me = caller(r);
                if (me == null) {
                    return ok(401, errorBody(401));
                }
                List<ObjectNode> list = memberships.getOrDefault(me, Set.of()).stream().map(g -> group(g, g)).toList();
                return ok(200, AlfrescoStub.paging(list, 0, 100, false));
            }
            if (path.equals(AlfrescoStub.SEARCH) && method.equals("POST")) {
                return search((ObjectNode) JSON.readTree(r.getBodyAsString()));
            }
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
            if (path.equals(CORE + "/sites") && method.equals("POST")) {
                JsonNode body = JSON.readTree(r.getBodyAsString());
                String site = body.get("id").asText();
                site(site);
                return ok(201, AlfrescoStub.entry(siteEntry(site, body.path("title").asText(site))));
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
                return sites.contains(m.group(1)) ? ok(200, AlfrescoStub.entry(siteEntry(m.group(1), m.group(1)))) : none();
            }
            if (path.equals(CORE + "/groups") && method.equals("POST")) {
                JsonNode body = JSON.readTree(r.getBodyAsString());
                groups.add(body.get("id").asText());
                return ok(201, AlfrescoStub.entry(group(body.get("id").asText(), body.get("displayName").asText())));
            }
            if ((m = GROUP.matcher(path)).matches()) {
                return groups.contains(m.group(1)) ? ok(200, AlfrescoStub.entry(group(m.group(1), m.group(1)))) : none();
            }
            if ((m = NODE.matcher(path)).matches()) {
                return nodeRequest(method, m.group(1), m.group(2), m.group(4), query, r);
            }
            return ok(404, errorBody(404));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return ok(400, errorBody(400));
        } catch (Exception e) {
            return ok(500, errorBody(500));
        } finally {
            // What a test arranges directly afterwards is nobody's request.
            actor = null;
        }
    }

    private ResponseDefinition nodeRequest(String method, String rawId, String sub, String subId, Map<String, String> query,
                                           LoggedRequest r) throws Exception {
        String id = rawId.equals("-root-") ? rootId() : rawId;
        if (query.containsKey("relativePath") && !(sub != null && sub.equals("/children") && method.equals("POST"))) {
            id = resolve(id, query.get("relativePath"));
        }
        ObjectNode node = id == null ? null : nodes.get(id);
        if (node == null) {
            return none();
        }
        String nodeId = id;
        Optional<ResponseDefinition> denied = denied(method, nodeId, sub, r);
        if (denied.isPresent()) {
            return denied.get();
        }
        if (sub == null) {
            return switch (method) {
                case "GET" -> ok(200, AlfrescoStub.entry(shown(node, query)));
                case "PUT" -> update(node, (ObjectNode) JSON.readTree(r.getBodyAsString()), query);
                case "DELETE" -> delete(nodeId, Boolean.parseBoolean(query.getOrDefault("permanent", "false")));
                default -> ok(405, errorBody(405));
            };
        }
        return switch (sub) {
            case "/children" -> method.equals("GET") ? listChildren(nodeId, query) : createChild(nodeId, query, r);
            case "/content" -> method.equals("GET") ? download(nodeId) : upload(node, r);
            case "/secondary-children" -> secondaryRequest(method, nodeId, subId, r);
            case "/move" -> move(node, (ObjectNode) JSON.readTree(r.getBodyAsString()), query);
            default -> ok(404, errorBody(404));
        };
    }

    private ResponseDefinition update(ObjectNode node, ObjectNode body, Map<String, String> query) {
        // Applied in the order the repository applies them (NodesImpl.updateNodeImpl): type, aspects,
        // properties; checked at commit, and nothing kept when the check fails.
        ObjectNode before = node.deepCopy();
        if (body.has("nodeType")) {
            // The repository only specialises a node's type (cm:content to swa:documentRecord), never the other way.
            String type = body.get("nodeType").asText();
            if (!isA(type, node.get("nodeType").asText())) {
                return ok(400, errorBody(400));
            }
            if (!type.equals(node.get("nodeType").asText())) {
                node.put("nodeType", type);
                addMandatory(node, type);
            }
        }
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
        if (body.has("aspectNames")) {
            // As the repository does: the list replaces the node's aspects (cm:auditable and sys: ones
            // excepted), and an aspect taken off takes its properties with it.
            Set<String> kept = new LinkedHashSet<>();
            body.get("aspectNames").forEach(a -> kept.add(a.asText()));
            node.path("aspectNames").forEach(a -> {
                if (a.asText().equals("cm:auditable") || a.asText().startsWith("sys:")) {
                    kept.add(a.asText());
                }
            });
            ObjectNode props = (ObjectNode) node.get("properties");
            List<String> dropped = new ArrayList<>();
            props.fieldNames().forEachRemaining(k -> AlfrescoStub.aspectOf(k).filter(a -> !kept.contains(a)).ifPresent(a -> dropped.add(k)));
            dropped.forEach(props::remove);
            ArrayNode names = node.putArray("aspectNames");
            kept.forEach(names::add);
        }
        if (body.has("properties")) {
            ObjectNode props = (ObjectNode) node.get("properties");
            body.get("properties").fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    props.remove(e.getKey());
                } else {
                    props.set(e.getKey(), asModelled(e.getKey(), e.getValue()));
                }
            });
            applyAspectsOf(node);
        }
        if (body.has("name")) {
            String name = body.get("name").asText();
            if (!name.equals(node.get("name").asText()) && taken(node.path("parentId").asText(), name)) {
                nodes.put(before.get("id").asText(), before);
                return conflict();
            }
            node.put("name", name);
        }
        Optional<String> violation = integrityViolation(node);
        if (violation.isPresent()) {
            nodes.put(before.get("id").asText(), before);
            return ok(422, integrityError(violation.get()));
        }
        touch(node);
        return ok(200, AlfrescoStub.entry(shown(node, query)));
    }

    /** As {@code setType} and a create do: the type's mandatory aspects, and the defaults of the type and of each aspect added. */
    private static void addMandatory(ObjectNode node, String type) {
        Set<String> aspects = new LinkedHashSet<>();
        node.path("aspectNames").forEach(a -> aspects.add(a.asText()));
        ObjectNode props = (ObjectNode) node.get("properties");
        Map<String, String> defaults = new LinkedHashMap<>(FakeModel.SHIPPED.defaults(type));
        for (String a : FakeModel.SHIPPED.mandatoryAspects(type)) {
            if (aspects.add(a)) {
                defaults.putAll(FakeModel.SHIPPED.defaults(a));
            }
        }
        defaults.forEach((k, v) -> {
            if (!props.has(k)) {
                AlfrescoStub.putTyped(props, k, v);
            }
        });
        ArrayNode names = node.putArray("aspectNames");
        aspects.forEach(names::add);
    }

    /**
     * What the repository's integrity check refuses at commit (AspectsIntegrityEvent,
     * PropertiesIntegrityEvent): a mandatory aspect missing, or an enforced mandatory property
     * without a value. A mandatory property that is not enforced only marks the node incomplete.
     */
    static Optional<String> integrityViolation(ObjectNode node) {
        String type = node.get("nodeType").asText();
        Set<String> aspects = new LinkedHashSet<>();
        node.path("aspectNames").forEach(a -> aspects.add(a.asText()));
        List<String> problems = new ArrayList<>();
        Set<String> classes = new LinkedHashSet<>(List.of(type));
        classes.addAll(aspects);
        for (String c : classes) {
            for (String a : FakeModel.SHIPPED.mandatoryAspects(c)) {
                if (!aspects.contains(a)) {
                    problems.add("Mandatory aspect not set: \n   Node: workspace://SpacesStore/" + node.get("id").asText() + "\n   Type: " + type
                            + "\n   Aspect: " + a);
                }
            }
            for (String p : FakeModel.SHIPPED.enforced(c)) {
                JsonNode v = node.path("properties").get(p);
                if (v == null || v.isNull() || v.asText().isEmpty()) {
                    problems.add("Mandatory property not set: \n   Node: workspace://SpacesStore/" + node.get("id").asText() + "\n   Type: " + type
                            + "\n   Property: " + p);
                }
            }
        }
        node.path("properties").fields().forEachRemaining(e -> FakeModel.SHIPPED.property(e.getKey()).ifPresent(p -> {
            List<JsonNode> values = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(values::add);
            } else if (!e.getValue().isNull()) {
                values.add(e.getValue());
            }
            for (JsonNode v : values) {
                for (FakeModel.Constraint c : p.constraints()) {
                    c.refusal(v.asText()).ifPresent(why -> problems.add("Invalid property value: \n   Node: workspace://SpacesStore/"
                            + node.get("id").asText() + "\n   Name: " + node.path("name").asText() + "\n   Type: " + qname(checkedAs(type, p.name()))
                            + "\n   Property: " + qname(p.name()) + "\n   Constraint: 00000000 " + why));
                }
            }
        }));
        return problems.isEmpty() ? Optional.empty()
                : Optional.of("Found " + problems.size() + " integrity violations:\n" + String.join("\n", problems));
    }

    /** The class the repository's check names: the node's type for a property of its type or an ancestor, else the aspect's. */
    private static String checkedAs(String type, String property) {
        String owner = FakeModel.SHIPPED.owner(property);
        return FakeModel.SHIPPED.lineage(type).contains(owner) ? type : owner;
    }

    /** A prefixed name as the repository's messages print it, e.g. {http://www.swarchive.org/model/swa/1.0}period. */
    private static String qname(String prefixed) {
        return prefixed.startsWith("swa:") ? "{http://www.swarchive.org/model/swa/1.0}" + prefixed.substring(4) : prefixed;
    }

    /**
     * A JSON value as the repository keeps it: a single value given for a multi-valued property is
     * that property's one value (NodesImpl maps it to a one-element list) — never split at commas,
     * so "C1.1,C1.2" is one indicator code, which the model's constraint then refuses.
     */
    private static JsonNode asModelled(String key, JsonNode value) {
        if (!value.isArray() && !value.isNull() && FakeModel.SHIPPED.property(key).filter(FakeModel.Property::multiple).isPresent()) {
            ArrayNode one = JSON.createArrayNode();
            one.add(value);
            return one;
        }
        return value;
    }

    /** The repository's answer to an integrity violation: 422 with its error body, the violations in the brief summary. */
    static ObjectNode integrityError(String summary) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("errorKey", "framework.exception.ApiDefault").put("statusCode", 422)
                .put("briefSummary", "00000000 " + summary)
                .put("stackTrace", "For security reasons the stack trace is no longer displayed, but the property is kept for previous versions")
                .put("descriptionURL", "https://api-explorer.alfresco.com").put("logId", "00000000");
        return body;
    }

    /** A document's content as the API describes it (the search API requires the mimetype's display name too). */
    /** As the repository does: setting a property of an aspect the node lacks applies the aspect. */
    private static void applyAspectsOf(ObjectNode node) {
        Set<String> aspects = new LinkedHashSet<>();
        node.path("aspectNames").forEach(a -> aspects.add(a.asText()));
        node.path("properties").fieldNames().forEachRemaining(k -> AlfrescoStub.aspectOf(k).ifPresent(aspects::add));
        ArrayNode names = node.putArray("aspectNames");
        aspects.forEach(names::add);
    }

    private ResponseDefinition delete(String id, boolean permanent) {
        for (ObjectNode d : descendants(id)) {
            nodes.remove(d.get("id").asText());
        }
        nodes.remove(id);
        content.remove(id);
        secondary.values().forEach(s -> s.remove(id));
        (permanent ? deleted : trashed).add(id);
        return new ResponseDefinitionBuilder().withStatus(204).build();
    }

    private ResponseDefinition listChildren(String id, Map<String, String> query) {
        String where = query.getOrDefault("where", "");
        int skip = Integer.parseInt(query.getOrDefault("skipCount", "0"));
        int max = Integer.parseInt(query.getOrDefault("maxItems", "100"));
        List<ObjectNode> all = children(id).stream().filter(c -> matches(c, where)).toList();
        List<ObjectNode> page = all.stream().skip(skip).limit(max).map(c -> shown(c, query)).toList();
        return ok(200, AlfrescoStub.paging(page, skip, max, skip + page.size() < all.size()));
    }

    private ResponseDefinition createChild(String parentId, Map<String, String> query, LoggedRequest r) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, List<String>> repeated = new LinkedHashMap<>();
        byte[] bytes = null;
        String mime = null;
        ObjectNode props = JSON.createObjectNode();
        List<String> aspects = new ArrayList<>();
        if (r.isMultipart()) {
            for (var part : r.getParts()) {
                if (part.getName().equals("filedata")) {
                    bytes = part.getBody().asBytes();
                    mime = part.getHeaders().getContentTypeHeader().isPresent()
                            ? part.getHeaders().getContentTypeHeader().firstValue() : "application/octet-stream";
                } else {
                    fields.put(part.getName(), part.getBody().asString());
                    repeated.computeIfAbsent(part.getName(), k -> new ArrayList<>()).add(part.getBody().asString());
                }
            }
            for (var e : repeated.entrySet()) {
                if (e.getKey().contains(":")) {
                    // A field given more than once is the values of a multi-valued property (each one a value).
                    if (FakeModel.SHIPPED.property(e.getKey()).filter(FakeModel.Property::multiple).isPresent()) {
                        ArrayNode values = props.putArray(e.getKey());
                        e.getValue().forEach(values::add);
                    } else {
                        props.put(e.getKey(), e.getValue().get(e.getValue().size() - 1));
                    }
                }
            }
            if (fields.containsKey("aspectNames")) {
                aspects.addAll(List.of(fields.get("aspectNames").split(",")));
            }
        } else {
            ObjectNode body = (ObjectNode) JSON.readTree(r.getBodyAsString());
            body.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode()) {
                    fields.put(e.getKey(), e.getValue().asText());
                }
            });
            if (body.has("properties")) {
                body.get("properties").fields().forEachRemaining(e -> props.set(e.getKey(), asModelled(e.getKey(), e.getValue())));
            }
            if (body.has("aspectNames")) {
                body.get("aspectNames").forEach(a -> aspects.add(a.asText()));
            }
        }
        String relative = fields.getOrDefault("relativePath", query.get("relativePath"));
        String parent = relative == null || relative.isEmpty() ? parentId : folders(parentId, relative);
        String name = fields.get("name");
        String type = fields.getOrDefault("nodeType", "cm:content");
        if (taken(parent, name)) {
            return conflict();
        }
        ObjectNode created = make(name, type, bytes == null && !type.equals("cm:content") && !isContentType(type), parent);
        ((ObjectNode) created.get("properties")).setAll(props);
        // As the repository does: a property of an aspect brings its aspect along.
        props.fieldNames().forEachRemaining(k -> AlfrescoStub.aspectOf(k).ifPresent(aspects::add));
        if (!aspects.isEmpty()) {
            ArrayNode names = created.putArray("aspectNames");
            new LinkedHashSet<>(aspects).forEach(names::add);
        }
        applyAspectsOf(created);
        addMandatory(created, type);
        for (String a : aspects) {
            FakeModel.SHIPPED.defaults(a).forEach((k, v) -> {
                if (!created.get("properties").has(k)) {
                    AlfrescoStub.putTyped((ObjectNode) created.get("properties"), k, v);
                }
            });
        }
        Optional<String> violation = integrityViolation(created);
        if (violation.isPresent()) {
            nodes.remove(created.get("id").asText());
            return ok(422, integrityError(violation.get()));
        }
        inbound(created, parent);
        if (bytes != null) {
            content.put(created.get("id").asText(), bytes);
            content(created, mime, bytes.length);
        }
        return ok(201, AlfrescoStub.entry(shown(created, query)));
    }

    private ResponseDefinition download(String id) {
        byte[] bytes = content.get(id);
        if (bytes == null) {
            return ok(404, errorBody(404));
        }
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/octet-stream").withBody(bytes).build();
    }

    private ResponseDefinition upload(ObjectNode node, LoggedRequest r) {
        byte[] bytes = r.getBody() == null ? new byte[0] : r.getBody();
        content.put(node.get("id").asText(), bytes);
        content(node, Optional.ofNullable(r.getHeader("Content-Type")).orElse("application/octet-stream"), bytes.length);
        touch(node);
        return ok(200, AlfrescoStub.entry(shown(node, Map.of())));
    }

    private ResponseDefinition secondaryRequest(String method, String folderId, String childId, LoggedRequest r) throws Exception {
        Set<String> linked = secondary.computeIfAbsent(folderId, k -> new LinkedHashSet<>());
        if (method.equals("GET")) {
            List<ObjectNode> list = linked.stream().map(nodes::get).filter(java.util.Objects::nonNull).map(n -> {
                ObjectNode v = shown(n, Map.of());
                v.putObject("association").put("assocType", "cm:contains").put("isPrimary", false);
                return v;
            }).toList();
            return ok(200, AlfrescoStub.paging(list, 0, 1000, false));
        }
        if (method.equals("DELETE")) {
            return linked.remove(childId) ? new ResponseDefinitionBuilder().withStatus(204).build() : ok(404, errorBody(404));
        }
        JsonNode body = JSON.readTree(r.getBodyAsString());
        String child = body.get("childId").asText();
        if (!nodes.containsKey(child)) {
            return ok(404, errorBody(404));
        }
        if (!linked.add(child)) {
            return conflict();
        }
        ObjectNode assoc = JSON.createObjectNode();
        assoc.putObject("entry").put("childId", child).put("assocType", "cm:contains");
        return ok(201, assoc);
    }

    private ResponseDefinition move(ObjectNode node, ObjectNode body, Map<String, String> query) {
        String target = body.get("targetParentId").asText();
        if (!nodes.containsKey(target)) {
            return ok(404, errorBody(404));
        }
        String name = body.has("name") ? body.get("name").asText() : node.get("name").asText();
        if (taken(target, name)) {
            return conflict();
        }
        node.put("name", name);
        reparent(node, target);
        inbound(node, target);
        touch(node);
        return ok(200, AlfrescoStub.entry(shown(node, query)));
    }

    /** A folder's inbound rules on a node that arrives in it (created or moved in): the add-features actions the store sets up. */
    private void inbound(ObjectNode node, String folderId) {
        for (ObjectNode rule : rules.getOrDefault(folderId, List.of())) {
            boolean inboundRule = false;
            for (JsonNode t : rule.path("triggers")) {
                inboundRule |= t.asText().equals("inbound");
            }
            if (!inboundRule || !rule.path("isEnabled").asBoolean(true)) {
                continue;
            }
            for (JsonNode action : rule.path("actions")) {
                String aspect = action.path("params").path("aspect-name").asText();
                if (action.path("actionDefinitionId").asText().equals("add-features") && !aspect.isEmpty() && !hasAspect(node, aspect)) {
                    ((ArrayNode) node.withArray("aspectNames")).add(aspect);
                }
            }
        }
    }

    /** Moves a node and keeps the paths below it right. */
    private void reparent(ObjectNode node, String parentId) {
        node.put("parentId", parentId);
        ObjectNode parent = nodes.get(parentId);
        node.putObject("path").put("name", parent.path("path").path("name").asText() + "/" + parent.get("name").asText()).put("isComplete", true);
        for (ObjectNode c : children(node.get("id").asText())) {
            reparent(c, node.get("id").asText());
        }
    }

    // ---- search ---------------------------------------------------------------------------------

    /** Queries answered, in order: a test counts them or reads what was asked. */
    private final List<String> queries = new ArrayList<>();

    public synchronized List<String> queries() {
        return List.copyOf(queries);
    }

    /**
     * As the live repository without a search index answers: a query the database engine can run
     * (every term TYPE, ASPECT, PARENT, exact {@code =prop:"value"} or an unquoted prefix
     * {@code =prop:value*}, possibly negated) is answered from the nodes as they are now; any other
     * (ANCESTOR, ISNOTNULL, a range, a quoted prefix, a tokenised property) falls to the index,
     * which is not there: an empty list, and no error (docs/alfresco.md).
     */
    private ResponseDefinition search(ObjectNode request) {
        String q = request.path("query").path("query").asText();
        queries.add(q);
        int skip = request.path("paging").path("skipCount").asInt(0);
        int max = request.path("paging").path("maxItems").asInt(100);
        List<Predicate> terms = new ArrayList<>();
        boolean database = true;
        for (String t : q.split(" AND ")) {
            Predicate p = term(t.trim());
            if (p == null) {
                database = false;
            }
            terms.add(p);
        }
        List<ObjectNode> hits = !database ? List.of() : nodes.values().stream().filter(n -> terms.stream().allMatch(p -> p.test(n)))
                .sorted(Comparator.comparing(n -> n.get("createdAt").asText())).toList();
        List<ObjectNode> page = hits.stream().skip(skip).limit(max).map(n -> {
            ObjectNode v = shown(n, Map.of());
            v.putObject("search").put("score", 1.0);
            return v;
        }).toList();
        ObjectNode body = AlfrescoStub.paging(page, skip, max, skip + page.size() < hits.size());
        ((ObjectNode) body.get("list")).putObject("context");
        return ok(200, body);
    }

    private interface Predicate extends java.util.function.Predicate<ObjectNode> {
    }

    /**
     * Whether a search index stands behind the search API (Solr in production): then the terms
     * only an index answers (ANCESTOR, TEXT, ISNOTNULL, ranges) are answered too. Off by default,
     * as the live repository here runs without one.
     */
    private volatile boolean searchIndex;

    public FakeRepository withSearchIndex() {
        this.searchIndex = true;
        return this;
    }

    /** One AFTS term as the database engine runs it (or, with a search index, as the index does); null when neither can. */
    private Predicate term(String t) {
        if (t.startsWith("NOT ")) {
            Predicate p = term(t.substring(4));
            return p == null ? null : n -> !p.test(n);
        }
        Matcher unquotedPrefix = Pattern.compile("=([a-z]+:[A-Za-z]+):([^\"\\s*]+)\\*").matcher(t);
        if (unquotedPrefix.matches()) {
            String prop = unquotedPrefix.group(1);
            String prefix = unquotedPrefix.group(2);
            return n -> n.path("properties").has(prop) && textOf(n.path("properties").get(prop)).stream().anyMatch(v -> v.startsWith(prefix));
        }
        // A range on a date property, as swa find asks: swa:documentDate:["2025-01-01" TO "MAX"] (the index's).
        Matcher between = Pattern.compile("([a-z]+:[A-Za-z]+):\\[\"([^\"]+)\" TO \"([^\"]+)\"]").matcher(t);
        if (between.matches()) {
            if (!searchIndex) {
                return null;
            }
            String prop = between.group(1);
            String low = between.group(2);
            String high = between.group(3);
            return n -> n.path("properties").has(prop) && textOf(n.path("properties").get(prop)).stream()
                    .anyMatch(v -> (low.equals("MIN") || v.compareTo(low) >= 0)
                            && (high.equals("MAX") || v.substring(0, Math.min(v.length(), high.length())).compareTo(high) <= 0));
        }
        int colon = t.indexOf(":\"");
        if (colon < 0 || !t.endsWith("\"")) {
            return null;
        }
        String field = t.substring(0, colon);
        String value = t.substring(colon + 2, t.length() - 1);
        String ref = value.replace("workspace://SpacesStore/", "");
        return switch (field) {
            case "PARENT" -> n -> ref.equals(n.path("parentId").asText());
            case "TYPE" -> n -> isA(n.get("nodeType").asText(), value);
            case "ASPECT" -> n -> hasAspect(n, value);
            case "ANCESTOR" -> !searchIndex ? null : n -> below(n, ref);
            case "ISNOTNULL" -> !searchIndex ? null : n -> n.path("properties").has(value) && !n.path("properties").get(value).isNull();
            // Full text, as far as the fake can tell: the words in the name or the title (Alfresco reads the content too).
            case "TEXT" -> !searchIndex ? null : n -> n.get("name").asText().contains(value)
                    || n.path("properties").path("cm:title").asText("").contains(value);
            default -> {
                if (field.startsWith("=") && !value.contains("*")) {
                    String prop = field.substring(1);
                    yield n -> n.path("properties").has(prop) && textOf(n.path("properties").get(prop)).contains(value);
                }
                yield null; // a quoted prefix, a tokenised property: the index's, and not kept here
            }
        };
    }

    /** Whether a node lies below the node {@code ancestorId}. */
    private boolean below(ObjectNode n, String ancestorId) {
        for (String parent = n.path("parentId").asText(null); parent != null; ) {
            if (parent.equals(ancestorId)) {
                return true;
            }
            ObjectNode p = nodes.get(parent);
            parent = p == null ? null : p.path("parentId").asText(null);
        }
        return false;
    }

    private static List<String> textOf(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        } else {
            out.add(v.asText());
        }
        return out;
    }

    private static boolean hasAspect(ObjectNode n, String aspect) {
        for (JsonNode a : n.path("aspectNames")) {
            if (a.asText().equals(aspect)) {
                return true;
            }
        }
        return false;
    }

    /** The model's type hierarchy, as far as the store asks: swa records are content, swa folders are folders. */
    static boolean isA(String type, String wanted) {
        if (type.equals(wanted) || FakeModel.SHIPPED.lineage(type).contains(wanted)) {
            return true;
        }
        return switch (wanted) {
            case "cm:content" -> isContentType(type);
            case "swa:record" -> type.startsWith("swa:") && type.endsWith("Record");
            case "cm:folder" -> type.equals("swa:station") || type.equals("swa:categoryFolder") || type.equals("swa:evidenceFolder");
            default -> false;
        };
    }

    private static boolean isContentType(String type) {
        return type.equals("cm:content") || type.equals("cm:thumbnail") || type.equals("cm:failedThumbnail")
                || type.startsWith("swa:") && type.endsWith("Record") || type.equals("swa:readinessReport");
    }

    // ---- nodes ----------------------------------------------------------------------------------

    private String rootId() {
        return nodes.values().stream().filter(n -> n.get("name").asText().equals("Company Home") && !n.has("parentId"))
                .map(n -> n.get("id").asText()).findFirst().orElseGet(() -> {
                    ObjectNode root = AlfrescoStub.node(UUID.randomUUID().toString(), "Company Home", "cm:folder", true, "/");
                    root.putObject("properties");
                    root.putObject("permissions").put("isInheritanceEnabled", true).putArray("locallySet");
                    ((ObjectNode) root.get("permissions")).putArray("inherited");
                    ((ObjectNode) root.get("permissions")).putArray("settable").add("Consumer").add("Contributor").add("Collaborator").add("Coordinator");
                    nodes.put(root.get("id").asText(), root);
                    return root.get("id").asText();
                });
    }

    /** The id at a path below a node (the root when {@code fromId} is null); null when a step is missing. */
    private String resolve(String fromId, String relativePath) {
        String at = fromId == null ? rootId() : fromId;
        for (String step : relativePath.split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            String parent = at;
            at = nodes.values().stream().filter(n -> parent.equals(n.path("parentId").asText()) && n.get("name").asText().equals(step))
                    .map(n -> n.get("id").asText()).findFirst().orElse(null);
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    /** The folders of a relative path below a node, made as needed (as relativePath on create does). */
    private String folders(String fromId, String relativePath) {
        String at = fromId;
        for (String step : relativePath.split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            String next = resolve(at, step);
            at = next != null ? next : folder(step, "cm:folder", at).get("id").asText();
        }
        return at;
    }

    private boolean taken(String parentId, String name) {
        return children(parentId).stream().anyMatch(c -> c.get("name").asText().equals(name));
    }

    private ObjectNode make(String name, String type, boolean folder, String parentId) {
        String parent = parentId == null ? rootId() : parentId;
        ObjectNode p = nodes.get(parent);
        String parentPath = p.path("path").path("name").asText().equals("/") ? "/Company Home"
                : p.path("path").path("name").asText() + "/" + p.get("name").asText();
        ObjectNode n = AlfrescoStub.node(UUID.randomUUID().toString(), name, type, folder, parentPath);
        n.put("parentId", parent);
        String now = stamp();
        n.put("createdAt", now).put("modifiedAt", now);
        if (actor != null) {
            // cm:creator and cm:modifier: the person the request was made as.
            n.putObject("createdByUser").put("id", actor).put("displayName", actor);
            n.putObject("modifiedByUser").put("id", actor).put("displayName", actor);
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
        // As any create does: the type's mandatory aspects and defaults.
        addMandatory(n, type);
        nodes.put(n.get("id").asText(), n);
        return n;
    }

    /** A node's content info as the specs require it (mimeTypeName included). */
    private static void content(ObjectNode node, String mimeType, int size) {
        String type = mimeType.split(";")[0].trim();
        node.putObject("content").put("mimeType", type).put("mimeTypeName", type).put("sizeInBytes", size).put("encoding", "UTF-8");
    }

    /** Creation order and cm:modified move on with every write, a millisecond at a time. */
    private String stamp() {
        clock++;
        return AlfrescoStub.DATE.format(java.time.Instant.parse("2026-01-01T00:00:00Z").plusMillis(clock).atOffset(java.time.ZoneOffset.UTC));
    }

    /** Sets cm:modified to now, as the repository does on any change. */
    private void touch(ObjectNode node) {
        node.put("modifiedAt", stamp());
        if (actor != null) {
            node.putObject("modifiedByUser").put("id", actor).put("displayName", actor);
        }
    }

    // ---- permissions, for the people a request is made as -----------------------------------------

    /** What each role lets a person do beyond reading: create children, update, delete (Alfresco's permission groups). */
    private static final Map<String, Set<String>> ROLE_OPERATIONS = Map.of(
            "Consumer", Set.of(), "SiteConsumer", Set.of(),
            "Contributor", Set.of("create"), "SiteContributor", Set.of("create"),
            "Collaborator", Set.of("create", "update"), "SiteCollaborator", Set.of("create", "update"),
            "Coordinator", Set.of("create", "update", "delete"), "SiteManager", Set.of("create", "update", "delete"));

    /**
     * A write a person may not make, refused as the repository refuses it (403, nothing changed):
     * a create needs Contributor on the parent, an update Collaborator, a delete Coordinator, a move
     * a delete on the node and a create on the target; the node's owner (its creator) may do
     * everything with it, as Alfresco's ROLE_OWNER. Requests made with the service's account, and
     * by administrators, are not judged here.
     */
    private Optional<ResponseDefinition> denied(String method, String nodeId, String sub, LoggedRequest r) throws Exception {
        if (actor == null || memberships.getOrDefault(actor, Set.of()).contains("GROUP_ALFRESCO_ADMINISTRATORS") || method.equals("GET")) {
            return Optional.empty();
        }
        boolean allowed;
        if (sub == null) {
            allowed = may(actor, nodeId, method.equals("DELETE") ? "delete" : "update");
        } else if (sub.equals("/children")) {
            allowed = may(actor, deepestExisting(nodeId, createdBelow(r)), "create");
        } else if (sub.equals("/content")) {
            allowed = may(actor, nodeId, "update");
        } else if (sub.equals("/move")) {
            String target = JSON.readTree(r.getBodyAsString()).path("targetParentId").asText();
            allowed = may(actor, nodeId, "delete") && (!nodes.containsKey(target) || may(actor, target, "create"));
        } else {
            allowed = may(actor, nodeId, "update");
        }
        return allowed ? Optional.empty() : Optional.of(ok(403, errorBody(403)));
    }

    /** The folders a create names below its parent ({@code relativePath}, in the JSON body or a multipart field), or "". */
    private static String createdBelow(LoggedRequest r) throws Exception {
        if (r.isMultipart()) {
            for (var part : r.getParts()) {
                if (part.getName().equals("relativePath")) {
                    return part.getBody().asString();
                }
            }
            return "";
        }
        String body = r.getBodyAsString();
        return body == null || body.isBlank() ? "" : JSON.readTree(body).path("relativePath").asText("");
    }

    /** The last folder of {@code relativePath} below the node that exists already: where the repository creates, and asks permission. */
    private String deepestExisting(String nodeId, String relativePath) {
        String at = nodeId;
        for (String segment : relativePath.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String parent = at;
            Optional<ObjectNode> next = children(parent).stream().filter(c -> c.get("name").asText().equals(segment)).findFirst();
            if (next.isEmpty()) {
                return at;
            }
            at = next.get().get("id").asText();
        }
        return at;
    }

    /** Whether the person may do {@code operation} on the node: its owner, or a role granted to them or their groups on it or above. */
    public synchronized boolean may(String person, String nodeId, String operation) {
        ObjectNode node = nodes.get(nodeId);
        if (node != null && person.equals(node.path("createdByUser").path("id").asText(null))) {
            return true;
        }
        Set<String> authorities = new LinkedHashSet<>(memberships.getOrDefault(person, Set.of()));
        authorities.add(person);
        authorities.add("GROUP_EVERYONE");
        siteGroups.forEach((site, members) -> members.forEach(m -> {
            if (authorities.contains(m.path("id").asText())) {
                authorities.add("GROUP_site_" + site + "_" + m.path("role").asText());
            }
        }));
        for (ObjectNode n = node; n != null; n = nodes.get(n.path("parentId").asText(""))) {
            for (JsonNode ace : n.path("permissions").path("locallySet")) {
                if (authorities.contains(ace.path("authorityId").asText()) && !"DENIED".equals(ace.path("accessStatus").asText())
                        && ROLE_OPERATIONS.getOrDefault(ace.path("name").asText(), Set.of()).contains(operation)) {
                    return true;
                }
            }
            if ("st:site".equals(n.path("nodeType").asText())) {
                String site = n.get("name").asText();
                for (String role : List.of("SiteContributor", "SiteCollaborator", "SiteManager")) {
                    if (authorities.contains("GROUP_site_" + site + "_" + role) && ROLE_OPERATIONS.get(role).contains(operation)) {
                        return true;
                    }
                }
            }
            if (!n.path("permissions").path("isInheritanceEnabled").asBoolean(true)) {
                return false;
            }
        }
        return false;
    }

    /** Sets a node's cm:modified (for a poller test), as if changed then. */
    public synchronized void modifiedAt(String id, java.time.Instant at) {
        nodes.get(id).put("modifiedAt", AlfrescoStub.DATE.format(at.atOffset(java.time.ZoneOffset.UTC)));
    }

    private static boolean matches(ObjectNode n, String where) {
        Matcher type = Pattern.compile("\\(nodeType='([^']+)'\\)").matcher(where);
        if (type.matches()) {
            return n.get("nodeType").asText().equals(type.group(1));
        }
        if (where.contains("isFile=true")) {
            return !n.get("isFolder").asBoolean();
        }
        return !where.contains("isFolder=true") || n.get("isFolder").asBoolean();
    }

    /** A node as the API shows it: permissions only when asked for. */
    private static ObjectNode shown(ObjectNode n, Map<String, String> query) {
        ObjectNode copy = n.deepCopy();
        copy.remove("permissions");
        if (query.getOrDefault("include", "").contains("permissions")) {
            copy.set("permissions", n.get("permissions").deepCopy());
        }
        return copy;
    }

    private static ObjectNode siteEntry(String id, String title) {
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

    public static ObjectNode errorBody(int status) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("errorKey", "framework.exception.ApiDefault").put("statusCode", status)
                .put("briefSummary", "fake").put("stackTrace", "-").put("descriptionURL", "https://api-explorer.alfresco.com");
        return body;
    }

    public static ResponseDefinition ok(int status, Object body) {
        return AlfrescoStub.json(status, body).build();
    }

    /** The specs give a name clash's 409 no body. */
    public static ResponseDefinition conflict() {
        return new ResponseDefinitionBuilder().withStatus(409).build();
    }

    /** The specs give a missing site's or group's 404 no body. */
    private static ResponseDefinition none() {
        return new ResponseDefinitionBuilder().withStatus(404).build();
    }

    static Map<String, String> query(String url) {
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
