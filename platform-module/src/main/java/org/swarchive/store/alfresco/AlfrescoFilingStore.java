package org.swarchive.store.alfresco;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyCreate;
import org.alfresco.core.model.NodeBodyMove;
import org.alfresco.core.model.NodeBodyUpdate;
import org.alfresco.core.model.NodeEntry;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.RecordProperty;
import org.swarchive.filing.FiledCodes;
import org.swarchive.filing.FilingEntry;
import org.swarchive.filing.FilingStore;
import org.swarchive.filing.SafeNames;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.store.StoreException;

/**
 * How a station in Alfresco keeps what filing does. Its inbox ({@code 收件箱}, whose folder rule
 * marks what arrives with {@code swa:pendingFiling}) holds nodes, each downloaded to a temporary
 * file for Tika; placing one is moving the node into {@code <门类>/<年度>/<保管期限>/} (made as
 * needed) under its new name, then specialising its type ({@code swa:documentRecord}, …) and
 * setting its properties and aspects in one update, merged with its own, {@code swa:pendingFiling}
 * removed. Undone, it is moved back. The 全宗号 is the station folder's {@code swa:fondsCode}.
 */
final class AlfrescoFilingStore implements FilingStore {

    static final String PENDING = "swa:pendingFiling";
    static final String NOTE = "swa:filingNote";
    private static final List<String> INCLUDE = AlfrescoStore.INCLUDE;

    private final AlfrescoClient client;
    private final AlfrescoStore store;
    private final AlfrescoNodes nodes;
    private final String inbox;
    private final long maxFileBytes;
    private final InboxZips zips;
    private final AlfrescoCodes codes;
    private final Map<String, String> folders = new HashMap<>();
    /** Local copies by node id. */
    private final Map<String, Path> copies = new HashMap<>();
    private Node station;
    /** The node read last: placing reuses the look-up made just before it, holding the same claim. */
    private Node recent;
    private Path temp;

    AlfrescoFilingStore(AlfrescoStore store, String inbox, long maxFileBytes) {
        this.client = store.client();
        this.store = store;
        this.nodes = new AlfrescoNodes(client);
        this.inbox = inbox;
        this.maxFileBytes = maxFileBytes;
        this.zips = new InboxZips(client, store.site());
        this.codes = new AlfrescoCodes(client, this::station);
    }

    @Override
    public String describe() {
        return store.describe();
    }

    // ---- the station and its inbox ------------------------------------------------------------

    private Node station() {
        if (station == null) {
            station = store.station();
        }
        return station;
    }

    private String stationPath() {
        Node s = station();
        return s.getPath().getName() + "/" + s.getName();
    }

    private String inboxPath() {
        return stationPath() + "/" + inbox;
    }

    private Node inboxFolder() {
        return below(inbox).filter(n -> Boolean.TRUE.equals(n.isIsFolder()))
                .orElseThrow(() -> new StoreException(Message.of("filing.alfresco.no-inbox", inbox), null));
    }

    /** The node at a path below the station folder. */
    private Optional<Node> below(String relativePath) {
        return client.find(AlfrescoClient.Action.read(relativePath),
                () -> client.nodes().getNode(station().getId(), INCLUDE, relativePath, null)).map(NodeEntry::getEntry);
    }

    private Optional<Node> byId(String nodeId) {
        Optional<Node> n = client.find(AlfrescoClient.Action.read(nodeId), () -> client.nodes().getNode(nodeId, INCLUDE, null, null))
                .map(NodeEntry::getEntry);
        recent = n.orElse(null);
        return n;
    }

    /** The path below the station folder, as a scan names the same document. */
    private String relative(Node n) {
        String parent = n.getPath() == null ? "" : n.getPath().getName();
        String base = stationPath() + "/";
        return parent.startsWith(base) ? parent.substring(base.length()) + "/" + n.getName()
                : parent.equals(stationPath()) ? n.getName() : n.getId();
    }

    /** A visible document somewhere below the inbox (not in a folder being unpacked). */
    private boolean inInbox(Node n) {
        if (!Boolean.TRUE.equals(n.isIsFile()) || n.getPath() == null || n.getName().startsWith(".")) {
            return false;
        }
        String parent = n.getPath().getName();
        if (!parent.equals(inboxPath()) && !parent.startsWith(inboxPath() + "/")) {
            return false;
        }
        return java.util.Arrays.stream(parent.substring(inboxPath().length()).split("/")).noneMatch(p -> p.startsWith("."));
    }

    private Waiting waitingOf(Node n) {
        long size = n.getContent() == null || n.getContent().getSizeInBytes() == null ? 0 : n.getContent().getSizeInBytes();
        return new Waiting(relative(n), n.getName(), n.getId(), n.getParentId(), size);
    }

    /** The documents below the inbox, and the hidden folders an interrupted unpacking left. */
    @Override
    public Listing inbox() {
        List<Waiting> files = new ArrayList<>();
        List<String> partials = new ArrayList<>();
        List<Node> todo = new ArrayList<>(List.of(inboxFolder()));
        while (!todo.isEmpty()) {
            Node f = todo.remove(todo.size() - 1);
            for (Node c : nodes.children(f.getId(), relative(f), null)) {
                if (c.getName().startsWith(".")) {
                    if (Boolean.TRUE.equals(c.isIsFolder()) && c.getName().startsWith(InboxZips.STAGING)) {
                        partials.add(c.getId());
                    }
                } else if (Boolean.TRUE.equals(c.isIsFolder())) {
                    todo.add(c);
                } else if (Boolean.TRUE.equals(c.isIsFile())) {
                    files.add(waitingOf(c));
                }
            }
        }
        return new Listing(files, partials);
    }

    @Override
    public void dropPartial(String partial) {
        client.delete(AlfrescoClient.Action.write(partial), partial, false);
    }

    /** By node id (Share's File now), or by the path below the station folder, which must lie in the inbox. */
    @Override
    public Optional<Waiting> waiting(String idOrRef) {
        boolean nodeId = !idOrRef.contains("/") && idOrRef.matches("[A-Za-z0-9-]{1,64}");
        if (!nodeId && !idOrRef.startsWith(inbox + "/")) {
            return Optional.empty();
        }
        return (nodeId ? byId(idOrRef) : below(idOrRef)).filter(this::inInbox).map(this::waitingOf);
    }

    /**
     * Created in the inbox with its content in one request (nobody sees it empty), a free variant of
     * the name when taken, marked with where it came from (which adds {@code swa:pendingFiling}, as
     * the inbox rule would).
     */
    @Override
    public Waiting receive(String name, Path content) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String folder = inboxFolder().getId();
        String mended = SafeNames.mend(name);
        String stem = SafeNames.stemOf(mended);
        String ext = SafeNames.extensionOf(mended);
        Message from = Message.of("filing.upload.from");
        for (int i = 1; i <= 100; i++) {
            String candidate = i == 1 ? mended : stem + "(" + i + ")" + ext;
            if (client.upload(AlfrescoClient.Action.createChildren(inbox), folder, null, candidate, InboxZips.mimeType(candidate), bytes,
                    Map.of(NOTE, onNode(from::in))).isPresent()) {
                return below(inbox + "/" + candidate).map(this::waitingOf)
                        .orElseThrow(() -> AlfrescoClient.changed(AlfrescoClient.Action.createChildren(inbox)));
            }
        }
        throw AlfrescoClient.changed(AlfrescoClient.Action.createChildren(inbox));
    }

    /** Deleted outright (not to the trash can), as the person who created it: it was never a record. */
    @Override
    public void withdraw(Waiting received) {
        client.delete(AlfrescoClient.Action.write(inbox + "/" + received.name()), received.ref(), true);
    }

    /**
     * A local copy for Tika. A document over the size limit is not downloaded: a sparse file of its
     * size stands in, which the extractor refuses by its size, as it should. Zips are copied whole:
     * the unpacker has limits of its own.
     */
    @Override
    public Optional<Path> local(Waiting document) {
        try {
            Path file = Files.createDirectories(temp().resolve(document.ref())).resolve(SafeNames.mend(document.name()));
            boolean zip = document.name().toLowerCase(Locale.ROOT).endsWith(".zip");
            if (document.size() > maxFileBytes && !zip) {
                try (RandomAccessFile placeholder = new RandomAccessFile(file.toFile(), "rw")) {
                    placeholder.setLength(document.size());
                }
            } else {
                Optional<byte[]> bytes = client.download(AlfrescoClient.Action.read(document.id()), document.ref());
                if (bytes.isEmpty()) {
                    return Optional.empty();
                }
                Files.write(file, bytes.get());
                copies.put(document.ref(), file);
            }
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The local copy, or streamed from the repository for one too large to copy. */
    @Override
    public InputStream open(Waiting document) throws IOException {
        Path copy = copies.get(document.ref());
        return copy != null ? Files.newInputStream(copy) : client.stream(AlfrescoClient.Action.read(document.id()), document.ref());
    }

    private Path temp() throws IOException {
        if (temp == null) {
            temp = Files.createTempDirectory("swa-inbox-");
        }
        return temp;
    }

    // ---- zips ---------------------------------------------------------------------------------

    @Override
    public Path stage(Waiting zip) throws IOException {
        return Files.createTempDirectory(temp(), "zip-");
    }

    @Override
    public void discard(Path staged) {
        // A temporary folder: close() removes it with the rest.
    }

    @Override
    public Unpacked commit(Waiting zip, Path staged) throws IOException {
        return zips.commit(zip, staged);
    }

    // ---- filing -------------------------------------------------------------------------------

    @Override
    public void prepareFolder(String folder) {
        folder(folder);
    }

    /** Alfresco picks a free name when the node is moved ({@code 报告-2.pdf}). */
    @Override
    public String freeName(String folder, String name) {
        return name;
    }

    @Override
    public String place(FilingEntry entry, Consumer<String> checkpoint) {
        Node node = recent != null && recent.getId().equals(entry.node()) ? recent
                : byId(entry.node()).orElseThrow(() -> AlfrescoClient.changed(AlfrescoClient.Action.write(entry.name())));
        recent = null;
        if (!inFolder(node, entry)) {
            String folderId = folder(entry.folder());
            node = client.createNamed(AlfrescoClient.Action.createChildren(entry.folder()), entry.name(), candidate -> () ->
                    client.nodes().moveNode(entry.node(), new NodeBodyMove().targetParentId(folderId).name(candidate), INCLUDE, null))
                    .getEntry();
            checkpoint.accept("moved");
        }
        Node typed = type(node, entry);
        checkpoint.accept("typed");
        return relative(typed);
    }

    /**
     * The record's type, properties and aspects in one update: the node's own aspects, pending
     * filing removed. {@code aspectNames} replaces the node's whole aspect set, applied after the
     * type is set: it has to name the mandatory aspects the new type brings ({@code swa:retention},
     * {@code swa:confidential}, …), or the repository takes them off again and refuses the commit
     * with 422 "Mandatory aspect not set".
     */
    private Node type(Node node, FilingEntry entry) {
        Set<String> aspects = new LinkedHashSet<>(node.getAspectNames() == null ? List.of() : node.getAspectNames());
        aspects.remove(PENDING);
        aspects.addAll(store.model().mandatoryAspects(entry.type()));
        aspects.addAll(entry.aspects());
        // The repository adds these for the properties itself; naming them keeps the update explicit.
        if (entry.properties().containsKey(RecordProperty.STAFF_ID.key()) || entry.properties().containsKey(RecordProperty.CASE_ID.key())) {
            aspects.add("swa:subject");
        }
        if (entry.properties().containsKey("cm:title") || entry.properties().containsKey("cm:description")) {
            aspects.add("cm:titled");
        }
        NodeBodyUpdate body = new NodeBodyUpdate().properties(AlfrescoProperties.forRepository(entry.properties(), store.model())).aspectNames(List.copyOf(aspects));
        if (!entry.type().equals(node.getNodeType())) {
            body.nodeType(entry.type());
        }
        return client.write(AlfrescoClient.Action.write(entry.folder() + "/" + node.getName()),
                () -> client.nodes().updateNode(node.getId(), body, INCLUDE, null)).getEntry();
    }

    /**
     * Filed once it carries the entry's code and type; still to place while it is in the inbox
     * or the target folder; gone when deleted or moved elsewhere by a person.
     */
    @Override
    public Placement where(FilingEntry entry) {
        Optional<Node> now = byId(entry.node());
        if (now.isEmpty()) {
            return new Placement.Gone();
        }
        Node n = now.get();
        if (n.getProperties() instanceof Map<?, ?> p && entry.code().equals(String.valueOf(p.get(RecordProperty.ARCHIVE_CODE.key())))
                && entry.type().equals(n.getNodeType())) {
            return new Placement.Filed(relative(n));
        }
        return inInbox(n) || inFolder(n, entry) ? new Placement.Pending() : new Placement.Gone();
    }

    private boolean inFolder(Node n, FilingEntry entry) {
        return n.getPath() != null && n.getPath().getName().equals(stationPath() + "/" + entry.folder());
    }

    /** Back to the folder it waited in, under its own name. */
    @Override
    public void undo(FilingEntry entry) {
        folders.remove(entry.folder());
        byId(entry.node()).filter(n -> !entry.inboxParent().equals(n.getParentId())).ifPresent(n ->
                client.createNamed(AlfrescoClient.Action.createChildren(inbox), entry.inboxName(), candidate -> () ->
                        client.nodes().moveNode(n.getId(), new NodeBodyMove().targetParentId(entry.inboxParent()).name(candidate),
                                INCLUDE, null)));
    }

    @Override
    public void forget(FilingEntry entry) {
        // Nothing is written before the node moves.
    }

    /** The folder {@code 文书档案/2025/定期10年} below the station, made as needed (relativePath makes the middle ones). */
    private String folder(String relativePath) {
        String known = folders.get(relativePath);
        if (known != null) {
            return known;
        }
        Node folder = below(relativePath).orElseGet(() -> {
            int slash = relativePath.lastIndexOf('/');
            NodeBodyCreate body = new NodeBodyCreate().name(relativePath.substring(slash + 1)).nodeType("cm:folder");
            if (slash > 0) {
                body.relativePath(relativePath.substring(0, slash));
            }
            return client.create(AlfrescoClient.Action.createChildren(station().getName() + "/" + relativePath),
                            () -> client.nodes().createNode(station().getId(), body, null, null, null, INCLUDE, null))
                    .map(NodeEntry::getEntry)
                    // Made by someone else since we looked.
                    .or(() -> below(relativePath))
                    .orElseThrow(() -> AlfrescoClient.changed(AlfrescoClient.Action.createChildren(relativePath)));
        });
        if (!Boolean.TRUE.equals(folder.isIsFolder())) {
            throw new StoreException(Message.of("filing.alfresco.not-a-folder", relativePath), null);
        }
        folders.put(relativePath, folder.getId());
        return folder.getId();
    }

    // ---- the review queue, codes, the 全宗号 ------------------------------------------------------

    /** Share shows the note on the document: why it waits. */
    @Override
    public void marked(Waiting document, List<LocalizedText> reasons) {
        byId(document.ref()).ifPresent(n -> {
            String note = filingNote(reasons);
            if (!note.equals(n.getProperties() instanceof Map<?, ?> p ? p.get(NOTE) : null)) {
                nodes.update(n, Map.of(NOTE, note), List.of(PENDING));
            }
        });
    }

    /** Both languages on the node, as Share shows it to whoever opens it. */
    static String filingNote(List<LocalizedText> reasons) {
        String note = onNode(lang -> Message.of("filing.review.note",
                String.join(lang == Language.ZH ? "；" : "; ", reasons.stream().map(r -> r.in(lang)).toList())).in(lang));
        return note.length() > 1000 ? note.substring(0, 999) + "…" : note;
    }

    /** A text a node carries for everyone who opens it in Share: Chinese, then English. */
    static String onNode(java.util.function.Function<Language, String> text) {
        return text.apply(Language.ZH) + " / " + text.apply(Language.EN);
    }

    @Override
    public FiledCodes codes() {
        return codes;
    }

    @Override
    public Optional<String> fonds() {
        Object value = station().getProperties() instanceof Map<?, ?> p ? p.get("swa:fondsCode") : null;
        return Optional.ofNullable(value).map(String::valueOf).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Sets the station folder's {@code swa:fondsCode}. */
    @Override
    public void setFonds(String fonds) {
        if (!fonds().filter(fonds::equals).isPresent()) {
            nodes.update(station(), Map.of("swa:fondsCode", fonds), List.of());
            station = null;
        }
    }

    /** Removes the local copies. */
    @Override
    public void close() {
        copies.clear();
        if (temp == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(temp)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Temporary copies only: the system's temp cleaning takes what is left.
        }
        temp = null;
    }
}
