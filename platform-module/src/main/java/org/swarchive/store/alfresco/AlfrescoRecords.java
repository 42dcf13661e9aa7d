package org.swarchive.store.alfresco;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeEntry;
import org.alfresco.search.model.ResultNode;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.filing.Numbering;
import org.swarchive.filing.NotesClaim;
import org.swarchive.i18n.Message;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StationRecords;
import org.swarchive.store.EvidenceFiles;
import org.swarchive.store.StationState;
import org.swarchive.store.StoreException;

/**
 * Disposition's record operations on a station in Alfresco. Records come from the store's scan,
 * which keeps each one's node to act on; properties go through {@link AlfrescoNodes} (the
 * {@code swa:retention} and {@code swa:held} aspects merged with the node's own); a destroyed
 * record is deleted permanently ({@code DELETE /nodes/{id}?permanent=true}), never to the trash
 * can, where anyone with access could restore it; the destruction register is uploaded with its
 * properties in one request.
 *
 * <p>Before a record is destroyed it is read once more by itself ({@link #current}): the scan
 * comes from the search index, which may lag behind a hold set a moment ago.
 */
public final class AlfrescoRecords implements StationRecords {

    private static final List<String> INCLUDE = List.of("properties", "aspectNames", "path");
    private static final Pattern NODE_ID = Pattern.compile("[0-9a-fA-F-]{36}");

    private final AlfrescoStore store;
    private final AlfrescoClient client;
    private final AlfrescoNodes nodes;
    /** Each record's node as the last scan or write left it: writes merge with what it holds. */
    private final Map<String, Node> seen = new ConcurrentHashMap<>();
    private volatile Node station;

    public AlfrescoRecords(AlfrescoStore store) {
        this.store = store;
        this.client = store.client();
        this.nodes = new AlfrescoNodes(client);
    }

    @Override
    public String describe() {
        return store.describe();
    }

    @Override
    public List<ArchiveRecord> records() {
        List<ArchiveRecord> out = new ArrayList<>();
        try (Stream<AlfrescoStore.Hit> hits = store.scanNodes()) {
            hits.forEach(h -> {
                if (h.item() instanceof ScanItem.Filed f) {
                    out.add(titled(f.record(), h.node()));
                    seen.put(f.record().id(), asNode(h.node()));
                }
            });
        }
        return out;
    }

    /** The register's 题名 is the record's cm:title, as on the folder store, where it is a metadata entry. */
    private static ArchiveRecord titled(ArchiveRecord r, ResultNode node) {
        Object title = node.getProperties() instanceof Map<?, ?> m ? m.get("cm:title") : null;
        if (title == null || title.toString().isBlank() || r.properties().containsKey("cm:title")) {
            return r;
        }
        Map<String, String> properties = new HashMap<>(r.properties());
        properties.put("cm:title", title.toString());
        return new ArchiveRecord(r.id(), r.name(), r.docType(), r.category(), r.period(), r.documentDate(), r.retention(),
                r.confidentiality(), properties);
    }

    @Override
    public Optional<Stored> current(String id) {
        return lookup(id).map(n -> new Stored(n.getId(), bulkForm(n)));
    }

    @Override
    public boolean markDisposition(String id, String status, LocalDate date) {
        return update(id, new HashMap<>(StationRecords.dispositionValues(status, date)), List.of());
    }

    @Override
    public boolean hold(String id, String reason, LocalDate since) {
        return update(id, new HashMap<>(StationRecords.holdValues(reason, since)), List.of(HELD_ASPECT));
    }

    /** Takes the {@code swa:held} aspect off; the repository drops its properties with it. */
    @Override
    public boolean release(String id) {
        Node n = lookup(id).orElseThrow(() -> AlfrescoClient.changed(AlfrescoClient.Action.write(id)));
        if (n.getAspectNames() == null || !n.getAspectNames().contains(HELD_ASPECT)) {
            return false;
        }
        seen.put(id, nodes.removeAspects(n, List.of(HELD_ASPECT)));
        return true;
    }

    /**
     * Sends only the values that differ from the node's (a null value: the property goes), with
     * the aspects added that it lacks; nothing when nothing would change.
     */
    private boolean update(String id, Map<String, Object> wanted, List<String> aspects) {
        Node n = known(id);
        Map<String, String> now = AlfrescoProperties.swaStrings(n.getProperties());
        Map<String, Object> changes = new HashMap<>();
        wanted.forEach((k, v) -> {
            if (v == null ? now.containsKey(k) : !v.equals(now.get(k))) {
                changes.put(k, v);
            }
        });
        boolean aspectMissing = aspects.stream().anyMatch(a -> n.getAspectNames() == null || !n.getAspectNames().contains(a));
        if (changes.isEmpty() && !aspectMissing) {
            return false;
        }
        seen.put(id, changes.containsValue(null) ? clearing(id, n, changes, aspects) : nodes.update(n, changes, aspects));
        return true;
    }

    /**
     * An update that takes a property away: the SDK leaves null values out of what it sends, so
     * this one request goes as JSON of its own, the null saying "no value" as the API reads it.
     */
    private Node clearing(String id, Node n, Map<String, Object> changes, List<String> aspects) {
        tools.jackson.databind.node.ObjectNode body = JSON.createObjectNode();
        tools.jackson.databind.node.ObjectNode props = body.putObject("properties");
        changes.forEach((k, v) -> {
            if (v == null) {
                props.putNull(k);
            } else {
                props.put(k, v.toString());
            }
        });
        AlfrescoNodes.mergedAspects(n.getAspectNames(), aspects).ifPresent(all -> all.forEach(body.withArray("aspectNames")::add));
        String answer = client.raw(AlfrescoClient.Action.write(id), "PUT", AlfrescoClient.CORE + "/nodes/" + n.getId(), body.toString())
                .orElseThrow(() -> AlfrescoClient.changed(AlfrescoClient.Action.write(id)));
        return client.node(answer);
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    @Override
    public void destroy(String id, String ref) {
        String nodeId = ref != null ? ref
                : Optional.ofNullable(seen.get(id)).or(() -> lookup(id)).map(Node::getId).orElse(null);
        if (nodeId != null) {
            // Permanent: a record in the trash can could be restored by anyone who may read it there.
            client.delete(AlfrescoClient.Action.deletePermanently(id), nodeId, true);
        }
        seen.remove(id);
    }

    /**
     * Uploads the document with its type, aspects and properties in one request, into
     * {@code folder} below the station folder (made as needed). When a run that stopped before it
     * could note the filing left the document there, that one gets the content and properties.
     */
    @Override
    public String file(String folder, String fileName, byte[] content, Map<String, String> metadata) {
        String id = folder + "/" + fileName;
        if (!EvidenceFiles.isPlainId(id)) {
            throw outside(id);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("nodeType", metadata.getOrDefault("type", "cm:content"));
        List<String> aspects = aspectsOf(metadata);
        if (!aspects.isEmpty()) {
            fields.put("aspectNames", String.join(",", aspects));
        }
        Map<String, String> given = new LinkedHashMap<>();
        metadata.forEach((k, v) -> {
            if (k.contains(":")) {
                given.put(k, v);
            }
        });
        // The metadata is in the folder store's text form: a multi-valued property goes as a list.
        Map<String, Object> properties = AlfrescoProperties.forRepository(given, store.model());
        fields.putAll(properties);
        Node station = station();
        Optional<String> created = client.upload(AlfrescoClient.Action.createChildren(station.getName() + "/" + folder),
                station.getId(), folder, fileName, mimeType(fileName), content, fields);
        if (created.isPresent()) {
            seen.put(id, client.node(created.get()));
            return id;
        }
        Node existing = lookup(id).orElseThrow(() -> AlfrescoClient.changed(AlfrescoClient.Action.createChildren(id)));
        client.replaceContent(AlfrescoClient.Action.write(id), existing.getId(), content);
        seen.put(id, nodes.update(existing, properties, aspects));
        return id;
    }

    @Override
    public Numbered fileNumbered(ArchiveSeries series, String folder, String fileName, byte[] content, Map<String, String> metadata) {
        StationState notes = new AlfrescoStationState(client, store.site());
        return new Numbering(notes, new AlfrescoCodes(client, this::station)).draw(NotesClaim.of(notes), series,
                code -> new Numbered(file(folder, fileName, content, StationRecords.withCode(metadata, code)), code));
    }

    @Override
    public Optional<Setting> setting(String name) {
        String path = StationFolders.documentLibrary(store.site()) + "/" + AlfrescoStationState.FOLDER + "/" + StationState.plainName(name);
        return client.find(AlfrescoClient.Action.read(path), () -> client.nodes().getNode("-root-", null, path, null))
                .map(NodeEntry::getEntry).filter(n -> Boolean.TRUE.equals(n.isIsFile()))
                .flatMap(n -> client.download(AlfrescoClient.Action.read(path), n.getId()))
                .map(bytes -> new Setting("alfresco:" + client.baseUrl() + "/" + path, bytes));
    }

    /** The node of a record as the last scan or write saw it, else as it is now. */
    private Node known(String id) {
        Node n = seen.get(id);
        return n != null ? n : lookup(id).orElseThrow(() -> AlfrescoClient.changed(AlfrescoClient.Action.write(id)));
    }

    /**
     * The record's document now: by its path below the station folder (a node id for a record a
     * scan met outside that path), and only if it is a document inside the station folder.
     */
    private Optional<Node> lookup(String id) {
        if (!EvidenceFiles.isPlainId(id)) {
            throw outside(id);
        }
        Node station = station();
        String stationPath = station.getPath() == null ? null : station.getPath().getName() + "/" + station.getName();
        Optional<Node> node = NODE_ID.matcher(id).matches()
                ? client.find(AlfrescoClient.Action.read(id), () -> client.nodes().getNode(id, INCLUDE, null, null)).map(NodeEntry::getEntry)
                : client.find(AlfrescoClient.Action.read(id), () -> client.nodes().getNode(station.getId(), INCLUDE, id, null))
                        .map(NodeEntry::getEntry);
        Optional<Node> inside = node.filter(n -> Boolean.TRUE.equals(n.isIsFile()) && stationPath != null && n.getPath() != null
                && (n.getPath().getName().equals(stationPath) || n.getPath().getName().startsWith(stationPath + "/")));
        inside.ifPresentOrElse(n -> seen.put(id, n), () -> seen.remove(id));
        return inside;
    }

    private Node station() {
        Node s = station;
        if (s == null) {
            s = store.station();
            station = s;
        }
        return s;
    }

    /** A node in the Bulk Import form the folder store keeps: type, aspects, then every property as text. */
    static Map<String, String> bulkForm(Node n) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("type", n.getNodeType());
        if (n.getAspectNames() != null && !n.getAspectNames().isEmpty()) {
            out.put("aspects", String.join(",", n.getAspectNames()));
        }
        Map<String, String> swa = AlfrescoProperties.swaStrings(n.getProperties());
        if (n.getProperties() instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (v != null) {
                    out.put(key, swa.containsKey(key) ? swa.get(key) : v instanceof List<?> list
                            ? list.stream().map(String::valueOf).collect(Collectors.joining(",")) : v.toString());
                }
            });
        }
        out.values().removeIf(Objects::isNull);
        return out;
    }

    private static List<String> aspectsOf(Map<String, String> metadata) {
        String a = metadata.getOrDefault("aspects", "");
        return a.isBlank() ? List.of() : java.util.Arrays.stream(a.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Node asNode(ResultNode n) {
        return new Node().id(n.getId()).name(n.getName()).nodeType(n.getNodeType()).aspectNames(n.getAspectNames())
                .properties(n.getProperties());
    }

    static String mimeType(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (lower.endsWith(".html")) {
            return "text/html; charset=UTF-8";
        }
        return "application/octet-stream";
    }

    private static StoreException outside(String id) {
        return new StoreException(Message.of("filing.records.outside", id), null);
    }
}
