package org.swarchive.store.alfresco;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeEntry;
import org.alfresco.search.model.ResultNode;
import org.swarchive.access.AccessPolicy;
import org.swarchive.archive.Confidentiality;
import org.swarchive.archive.RecordProperty;
import org.swarchive.store.EvidenceFiles;

/**
 * A station's documents as access control needs them: for each id a scan gives a record (its
 * path below the station folder), the repository's node id, the folder it lies in and its
 * properties. Built by one search a page at a time; only documents of the station are in it, so
 * an id that is not here — a crafted {@code ../}, another station's node — names nothing.
 */
public final class RecordNodes {

    /** The folder inside each category folder that holds its sensitive records, inheritance off. */
    public static final String SENSITIVE = "敏感档案";

    private static final Pattern NODE_ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final List<String> INCLUDE = List.of("properties", "path");

    /**
     * One document of the station.
     *
     * @param id         the record id a scan gives it
     * @param folder     its folder below the station folder ({@code 服务档案/2025}), empty at the top
     * @param properties its {@code swa:} properties and {@code cm:title}, as strings
     */
    public record RecordNode(String id, String node, String name, String type, String folder, Map<String, String> properties) {
        public RecordNode {
            properties = Map.copyOf(properties);
        }

        /** Unmarked is null; a value the model does not know counts as sensitive, so nothing leaks by accident. */
        public Confidentiality confidentiality() {
            return AccessPolicy.confidentiality(properties.get(RecordProperty.CONFIDENTIALITY.key()));
        }

        /** Whether it lies in a category's restricted folder ({@code 服务档案/敏感档案/…}). */
        public boolean inSensitiveFolder() {
            String[] steps = folder.split("/");
            return steps.length > 1 && steps[1].equals(SENSITIVE);
        }

        public String archiveCode() {
            return properties.getOrDefault("swa:archiveCode", "");
        }

        public String title() {
            return properties.getOrDefault("cm:title", name);
        }

        /** A record of the model (swa:documentRecord, …), not a plain document or a report the service wrote. */
        public boolean isRecord() {
            return isRecordType(type);
        }
    }

    private final Map<String, RecordNode> byId;
    private final Map<String, RecordNode> byNode;

    private RecordNodes(Map<String, RecordNode> byId) {
        this.byId = Map.copyOf(byId);
        Map<String, RecordNode> nodes = new LinkedHashMap<>();
        byId.values().forEach(r -> nodes.put(r.node(), r));
        this.byNode = Map.copyOf(nodes);
    }

    /** The station's record types: swa:record and its subtypes, which all end in "Record". */
    public static boolean isRecordType(String type) {
        return type != null && type.startsWith("swa:") && type.endsWith("Record");
    }

    /** Every document below the station folder, by the scan's query. */
    public static RecordNodes of(AlfrescoClient client, Node station) {
        String stationPath = stationPath(station);
        Map<String, RecordNode> out = new LinkedHashMap<>();
        try (Stream<ResultNode> hits = StationTree.documents(client, station)) {
            hits.forEach(n -> {
                String id = AlfrescoStore.relativeId(n, stationPath);
                out.put(id, new RecordNode(id, n.getId(), n.getName(), n.getNodeType(), folderOf(id), properties(n.getProperties(), n.getName())));
            });
        }
        return new RecordNodes(out);
    }

    public Optional<RecordNode> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<RecordNode> byNode(String node) {
        return Optional.ofNullable(byNode.get(node));
    }

    public Stream<RecordNode> all() {
        return byId.values().stream();
    }

    /**
     * The document a record id names — its path below the station folder, or the node id a scan
     * gives a record outside that path — only when it is a document whose primary path lies inside
     * the station folder. The repository resolves the path one name at a time, so {@code ..} is
     * just a name nobody has.
     */
    public static Optional<Node> resolve(AlfrescoClient client, String site, String recordId) {
        if (!EvidenceFiles.isPlainId(recordId)) {
            return Optional.empty();
        }
        Optional<Node> station = StationFolders.find(client, site);
        if (station.isEmpty()) {
            return Optional.empty();
        }
        String stationPath = stationPath(station.get());
        Optional<Node> node = NODE_ID.matcher(recordId).matches()
                ? client.find(AlfrescoClient.Action.read(recordId), () -> client.nodes().getNode(recordId, INCLUDE, null, null))
                        .map(NodeEntry::getEntry)
                : client.find(AlfrescoClient.Action.read(recordId),
                        () -> client.nodes().getNode(station.get().getId(), INCLUDE, recordId, null)).map(NodeEntry::getEntry);
        return node.filter(n -> Boolean.TRUE.equals(n.isIsFile()))
                .filter(n -> stationPath != null && n.getPath() != null
                        && (n.getPath().getName().equals(stationPath) || n.getPath().getName().startsWith(stationPath + "/")));
    }

    /** The station's evidence tree ({@code 评估佐证}), if it has one. */
    public static Optional<Node> evidenceTree(AlfrescoClient client, Node station) {
        return new AlfrescoNodes(client).children(station.getId(), station.getName(), "(isFolder=true)").stream()
                .filter(n -> StationProvisioner.EVIDENCE.equals(n.getName())).findFirst();
    }

    /** Every node linked (as a secondary child) into one of the station's evidence folders, by hand or by write-back. */
    public static Set<String> linkedIntoEvidence(AlfrescoClient client, Node station) {
        Set<String> out = new LinkedHashSet<>();
        AlfrescoNodes nodes = new AlfrescoNodes(client);
        for (ResultNode f : ConsistentSearch.inStation(client, station, ConsistentSearch.EVIDENCE_FOLDERS)) {
            out.addAll(nodes.secondaryChildren(f.getId(), f.getName()));
        }
        return out;
    }

    static String stationPath(Node station) {
        return station.getPath() == null ? null : station.getPath().getName() + "/" + station.getName();
    }

    /** A node's swa: properties and cm:title, as the folder store's strings. */
    static Map<String, String> properties(Object properties, String name) {
        Map<String, String> p = new LinkedHashMap<>(AlfrescoProperties.swaStrings(properties));
        if (properties instanceof Map<?, ?> m && m.get("cm:title") != null && !String.valueOf(m.get("cm:title")).isBlank()) {
            p.put("cm:title", String.valueOf(m.get("cm:title")));
        }
        return p;
    }

    private static String folderOf(String id) {
        int slash = id.lastIndexOf('/');
        return slash < 0 ? "" : id.substring(0, slash);
    }
}
