package org.swarchive.store.alfresco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A station in a repository that remembers (site {@code swa-jn01}, station folder {@code JN01}
 * with its fonds code), to arrange records in by their path below the station folder and read
 * them back the same way — what tests of the Alfresco side of a feature need, whatever package
 * they are in.
 */
public final class RepositoryStation implements AutoCloseable {

    public static final String SITE = AlfrescoStub.SITE;

    private final FakeRepository repository = new FakeRepository();
    private final AlfrescoStub stub = new AlfrescoStub(repository);
    private final String stationId;

    public RepositoryStation() {
        String library = repository.site(SITE);
        ObjectNode station = repository.folder("JN01", "swa:station", library);
        ((ObjectNode) station.get("properties")).put("swa:stationCode", "JN01").put("swa:fondsCode", "JN01")
                .put("swa:stationName", "金牛区示范社工站");
        stationId = station.get("id").asText();
    }

    public FakeRepository repository() {
        return repository;
    }

    public AlfrescoStub stub() {
        return stub;
    }

    public String stationId() {
        return stationId;
    }

    /** {@code alfresco:URL/sites/swa-jn01}, as a user gives {@code --store}. */
    public String location() {
        return "alfresco:" + stub.baseUrl() + "/sites/" + SITE;
    }

    /** What the CLI reads its credentials from. */
    public Map<String, String> environment() {
        return AlfrescoStub.basicEnvironment("s3cret");
    }

    public AlfrescoClient client() {
        return stub.client(AlfrescoCredentials.basic("archivist", "s3cret"));
    }

    /** Files a document at this path below the station (folders made as needed: category folders first); returns its node id. */
    public String file(String path, String type, Map<String, String> properties) {
        String[] steps = path.split("/");
        String parent = stationId;
        for (int i = 0; i < steps.length - 1; i++) {
            String name = steps[i];
            String at = parent;
            parent = repository.children(at).stream().filter(c -> c.get("name").asText().equals(name)).findFirst()
                    .orElseGet(() -> repository.folder(name, at.equals(stationId) ? "swa:categoryFolder" : "cm:folder", at))
                    .get("id").asText();
        }
        Map<String, String> props = new LinkedHashMap<>(properties);
        String title = props.remove("cm:title");
        ObjectNode doc = repository.document(parent, steps[steps.length - 1], type, props,
                ("content of " + path).getBytes(StandardCharsets.UTF_8));
        if (title != null) {
            ((ObjectNode) doc.get("properties")).put("cm:title", title);
        }
        return doc.get("id").asText();
    }

    /** The node at this path below the station folder, if there is one. */
    public Optional<ObjectNode> at(String path) {
        return repository.at("Sites/" + SITE + "/documentLibrary/JN01/" + path);
    }

    /** A node's properties as text (lists joined by commas). */
    public Map<String, String> properties(String path) {
        ObjectNode n = at(path).orElseThrow(() -> new AssertionError("no node at " + path));
        Map<String, String> out = new LinkedHashMap<>();
        n.get("properties").fields().forEachRemaining(e -> out.put(e.getKey(), text(e.getValue())));
        return out;
    }

    public List<String> aspects(String path) {
        ObjectNode n = at(path).orElseThrow(() -> new AssertionError("no node at " + path));
        return java.util.stream.StreamSupport.stream(n.get("aspectNames").spliterator(), false).map(JsonNode::asText).toList();
    }

    /** A note the service keeps for the station ({@code documentLibrary/.swa/AREA/NAME}), as text. */
    public Optional<String> note(String areaAndName) {
        return repository.at("Sites/" + SITE + "/documentLibrary/.swa/" + areaAndName)
                .flatMap(n -> repository.content(n.get("id").asText())).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    private static String text(JsonNode v) {
        if (v.isArray()) {
            List<String> items = new java.util.ArrayList<>();
            v.forEach(x -> items.add(x.asText()));
            return String.join(",", items);
        }
        return v.asText();
    }

    @Override
    public void close() {
        stub.close();
    }
}
