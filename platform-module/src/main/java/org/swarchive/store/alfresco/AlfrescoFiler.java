package org.swarchive.store.alfresco;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.RecordProperty;
import org.swarchive.filing.Numbering;
import org.swarchive.store.ArchiveFiler;
import org.swarchive.store.ContentHash;
import org.swarchive.store.FilingOutcome;
import org.swarchive.store.FilingRequest;
import org.swarchive.store.InboxItem;
import org.swarchive.store.InboxProblem;
import org.swarchive.store.ReviewItem;
import org.swarchive.store.StationState;
import org.swarchive.store.StoreException;
import org.swarchive.store.folder.SafeNames;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files the documents of a station's inbox ({@code 收件箱}, whose folder rule marks what arrives
 * with {@code swa:pendingFiling}) into its category folders in Alfresco. Each document is
 * downloaded to a temporary file for Tika; filing one is, holding the station's filing claim:
 *
 * <ol>
 *   <li>draw the next item number of the series: the counter in the station's notes, checked
 *       against the highest code already filed in the series (a search);</li>
 *   <li>make {@code <门类>/<年度>/<保管期限>/} below the station folder as needed;</li>
 *   <li>write a journal entry in the notes: which node, from where, to where, with which number;</li>
 *   <li>move the document there under its new name;</li>
 *   <li>specialise its type ({@code swa:documentRecord}, …) and set its properties and aspects in
 *       one update, merged with its own, {@code swa:pendingFiling} removed;</li>
 *   <li>save the counter, index the content's hash, drop the journal entry.</li>
 * </ol>
 *
 * <p>If step 3, 4 or 5 fails, the document is moved back: it stays in the inbox as it was. A run
 * that died midway left its journal entry; the next filer (any filer: recovery is the first thing
 * done under the claim) finishes the bookkeeping of a document already typed, or moves one that
 * is not back to the inbox. So a number is used exactly once and no document is half filed.
 *
 * <p>Everything the filer keeps is in the station's notes ({@code .swa/filing/} in the site): the
 * claim, the counters per series, the journal, the hash index of filed contents and the review
 * queue. One filer serves one thread; replicas each make their own.
 */
public final class AlfrescoFiler implements ArchiveFiler {

    public static final String DEFAULT_INBOX = StationProvisioner.INBOX;
    static final String JOURNAL = FilingClaim.AREA + "/journal";
    static final String SERIES = Numbering.SERIES;
    static final String FILED = FilingClaim.AREA + "/filed";
    static final String REVIEW = FilingClaim.AREA + "/review";
    static final String PENDING = "swa:pendingFiling";
    static final String NOTE = "swa:filingNote";
    static final List<String> INCLUDE = AlfrescoStore.INCLUDE;

    /**
     * How a filer works: the inbox folder below the station, the largest file it reads, when a
     * claim is stale and how long to wait for another filer's, the clock and pause for that,
     * and a hook after each step of a filing ({@code journal}, {@code moved}, {@code typed},
     * {@code counted}) that tests throw from to kill a run there.
     */
    public record Options(String inbox, long maxFileBytes, Duration staleClaim, Duration claimWait, Clock clock,
                          RetryPolicy.Sleeper pause, Consumer<String> checkpoint) {

        public Options {
            inbox = inboxPath(inbox);
        }

        /** Claims stale after 5 minutes; a filer waits for a live one up to twice that, then takes a dead one over. */
        public static Options of(String inbox, long maxFileBytes) {
            return new Options(inbox, maxFileBytes, FilingClaim.STALE, FilingClaim.WAIT, Clock.systemUTC(),
                    pause -> Thread.sleep(pause.toMillis()), step -> { });
        }

        public Options waitingAtMost(Duration wait) {
            return new Options(inbox, maxFileBytes, staleClaim, wait, clock, pause, checkpoint);
        }

        public Options withClock(Clock other) {
            return new Options(inbox, maxFileBytes, staleClaim, claimWait, other, pause, checkpoint);
        }

        public Options withCheckpoint(Consumer<String> hook) {
            return new Options(inbox, maxFileBytes, staleClaim, claimWait, clock, pause, hook);
        }
    }

    /** One filing in progress, as the journal keeps it. */
    record Entry(String node, String inboxParent, String inboxName, String folder, String name, String series, int item,
                 String code, String hash, String type, Map<String, String> properties, List<String> aspects) {
    }

    /** What the last listing found of an inbox document. */
    private record Listed(String node, long size, Path local) {
    }

    private final AlfrescoClient client;
    private final AlfrescoStore store;
    private final StationState notes;
    private final AlfrescoNodes nodes;
    private final Options options;
    private final FilingClaim claim;
    private final InboxZips zips;
    private final Numbering numbering;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> folders = new HashMap<>();
    private final Map<String, Listed> listed = new HashMap<>();
    private Node station;
    private Path temp;

    public AlfrescoFiler(AlfrescoStore store, StationState notes, Options options) {
        this.client = store.client();
        this.store = store;
        this.notes = notes;
        this.nodes = new AlfrescoNodes(client);
        this.options = options;
        this.claim = new FilingClaim(notes, options.clock(), options.staleClaim(), options.claimWait(), options.pause());
        this.zips = new InboxZips(client, store.site(), options.maxFileBytes());
        this.numbering = new Numbering(notes, new AlfrescoCodes(client, () -> station().getId()));
    }

    /** The inbox option as a path below the station folder: plain names joined by "/". */
    static String inboxPath(String inbox) {
        String trimmed = inbox == null ? "" : inbox.strip().replaceAll("^/+|/+$", "");
        try {
            return StationState.plainArea(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--inbox 必须是工作站文件夹内的子文件夹 / --inbox must be a folder inside the station: " + inbox);
        }
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
        return stationPath() + "/" + options.inbox();
    }

    private Node inboxFolder() {
        return below(options.inbox()).filter(n -> Boolean.TRUE.equals(n.isIsFolder())).orElseThrow(() -> new StoreException(
                LocalizedText.of("工作站文件夹中没有收件箱“" + options.inbox() + "”：请用 swa station create 建立，或用 --inbox 指定",
                        "the station folder has no inbox '" + options.inbox() + "': make it with swa station create, or name it with --inbox"),
                null));
    }

    /** The node at a path below the station folder. */
    private Optional<Node> below(String relativePath) {
        return client.find(AlfrescoClient.Action.read(relativePath),
                () -> client.nodes().getNode(station().getId(), INCLUDE, relativePath, null)).map(NodeEntry::getEntry);
    }

    private Optional<Node> byId(String nodeId) {
        return client.find(AlfrescoClient.Action.read(nodeId), () -> client.nodes().getNode(nodeId, INCLUDE, null, null))
                .map(NodeEntry::getEntry);
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

    @Override
    public Inbox openInbox() {
        Node inbox = inboxFolder();
        List<InboxProblem> problems = new ArrayList<>();
        claim.holding(() -> {
            recover();
            Walk found = walk(inbox);
            found.partials().forEach(p -> client.delete(AlfrescoClient.Action.write(relative(p)), p.getId(), false));
            for (Node zip : found.files()) {
                if (isZip(zip)) {
                    problems.addAll(zips.unpack(zip, relative(zip), temp()));
                }
            }
            return null;
        });
        listed.clear();
        List<InboxItem> items = new ArrayList<>();
        for (Node n : walk(inbox).files()) {
            // A zip still here was refused, and is reported (and queued) as such: not read as a document too.
            if (!isZip(n)) {
                local(n).ifPresent(items::add);
            }
        }
        items.sort(Comparator.comparing(InboxItem::id));
        return new Inbox(items, problems);
    }

    private static boolean isZip(Node n) {
        return n.getName().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** The documents below a folder, and the hidden folders an interrupted unpacking left. */
    private record Walk(List<Node> files, List<Node> partials) {
    }

    private Walk walk(Node folder) {
        List<Node> files = new ArrayList<>();
        List<Node> partials = new ArrayList<>();
        List<Node> todo = new ArrayList<>(List.of(folder));
        while (!todo.isEmpty()) {
            Node f = todo.remove(todo.size() - 1);
            for (Node c : nodes.children(f.getId(), relative(f), null)) {
                if (c.getName().startsWith(".")) {
                    if (Boolean.TRUE.equals(c.isIsFolder()) && c.getName().startsWith(InboxZips.STAGING)) {
                        partials.add(c);
                    }
                } else if (Boolean.TRUE.equals(c.isIsFolder())) {
                    todo.add(c);
                } else if (Boolean.TRUE.equals(c.isIsFile())) {
                    files.add(c);
                }
            }
        }
        return new Walk(files, partials);
    }

    @Override
    public Optional<InboxItem> inboxItem(String id) {
        boolean nodeId = !id.contains("/") && id.matches("[A-Za-z0-9-]{1,64}");
        if (!nodeId && !id.startsWith(options.inbox() + "/")) {
            return Optional.empty();
        }
        Optional<Node> node = nodeId ? byId(id) : below(id);
        return node.filter(this::inInbox).flatMap(this::local);
    }

    /**
     * A local copy of an inbox document for Tika. One over the size limit is not downloaded: a
     * sparse file of its size stands in, which the extractor refuses by its size, as it should.
     */
    private Optional<InboxItem> local(Node n) {
        long size = n.getContent() == null || n.getContent().getSizeInBytes() == null ? 0 : n.getContent().getSizeInBytes();
        try {
            Path dir = Files.createDirectories(temp().resolve(n.getId()));
            Path file = dir.resolve(SafeNames.mend(n.getName()));
            if (size > options.maxFileBytes()) {
                try (RandomAccessFile placeholder = new RandomAccessFile(file.toFile(), "rw")) {
                    placeholder.setLength(size);
                }
            } else {
                Optional<byte[]> bytes = client.download(AlfrescoClient.Action.read(relative(n)), n.getId());
                if (bytes.isEmpty()) {
                    return Optional.empty();
                }
                Files.write(file, bytes.get());
                size = bytes.get().length;
            }
            String id = relative(n);
            listed.put(id, new Listed(n.getId(), size, file));
            return Optional.of(new InboxItem(id, n.getName(), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path temp() {
        if (temp == null) {
            try {
                temp = Files.createTempDirectory("swa-inbox-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return temp;
    }

    // ---- filing -------------------------------------------------------------------------------

    @Override
    public FilingOutcome file(InboxItem item, FilingRequest request) {
        Listed copy = listed.get(item.id());
        if (copy == null) {
            Optional<InboxItem> found = inboxItem(item.id());
            if (found.isEmpty()) {
                return new FilingOutcome.Gone(item.id());
            }
            copy = listed.get(found.get().id());
        }
        Listed l = copy;
        Optional<String> hash = hash(item.id(), l);
        if (hash.isEmpty()) {
            return new FilingOutcome.Gone(item.id());
        }
        return claim.holding(() -> {
            recover();
            Optional<Node> now = byId(l.node()).filter(this::inInbox);
            if (now.isEmpty()) {
                return new FilingOutcome.Gone(item.id());
            }
            Optional<String> before = notes.read(FILED, hash.get());
            if (before.isPresent()) {
                return new FilingOutcome.Duplicate(item.id(), before.get().trim());
            }
            ArchiveSeries series = request.series();
            Numbering.Drawn drawn = numbering.nextAfterRecovery(series);
            ArchiveCode code = drawn.code();
            int number = code.item();
            String folderId = folder(request.folder());
            Node doc = now.get();
            Entry entry = entry(doc, request, series, number, code, hash.get());
            // Recovery has just emptied the journal: a create, which cannot meet an entry of this node.
            if (!notes.create(JOURNAL, journalName(doc.getId()), write(entry))) {
                notes.write(JOURNAL, journalName(doc.getId()), write(entry));
            }
            options.checkpoint().accept("journal");
            Node filed;
            try {
                Node moved = move(doc.getId(), folderId, request.folder(), entry.name());
                options.checkpoint().accept("moved");
                filed = type(moved, entry);
                options.checkpoint().accept("typed");
            } catch (RuntimeException e) {
                forgetFolder(request.folder());
                filed = putBack(entry, e).orElseThrow(() -> e);
            }
            finish(entry, filed, drawn);
            return new FilingOutcome.Filed(relative(filed), code);
        });
    }

    private Entry entry(Node doc, FilingRequest request, ArchiveSeries series, int number, ArchiveCode code, String hash) {
        Map<String, String> metadata = new LinkedHashMap<>(request.metadata());
        String type = metadata.remove("type");
        List<String> aspects = new ArrayList<>();
        String listedAspects = metadata.remove("aspects");
        if (listedAspects != null) {
            for (String a : listedAspects.split(",")) {
                if (!a.isBlank()) {
                    aspects.add(a.strip());
                }
            }
        }
        // The repository adds these for the properties itself; naming them keeps the update explicit.
        if (metadata.containsKey(RecordProperty.STAFF_ID.key()) || metadata.containsKey(RecordProperty.CASE_ID.key())) {
            aspects.add("swa:subject");
        }
        if (metadata.containsKey("cm:title") || metadata.containsKey("cm:description")) {
            aspects.add("cm:titled");
        }
        metadata.put(RecordProperty.ARCHIVE_CODE.key(), code.toString());
        String name = SafeNames.mend(request.title() + SafeNames.extensionOf(doc.getName()));
        return new Entry(doc.getId(), doc.getParentId(), doc.getName(), request.folder(), name, series.key(), number,
                code.toString(), hash, type == null ? "swa:record" : type, metadata, aspects);
    }

    private Node move(String nodeId, String folderId, String folder, String name) {
        NodeEntry e = client.createNamed(AlfrescoClient.Action.createChildren(folder), name, candidate -> () ->
                client.nodes().moveNode(nodeId, new NodeBodyMove().targetParentId(folderId).name(candidate), INCLUDE, null));
        return e.getEntry();
    }

    /** The record's type, properties and aspects in one update: the node's own aspects, pending filing removed. */
    private Node type(Node node, Entry entry) {
        Set<String> aspects = new LinkedHashSet<>(node.getAspectNames() == null ? List.of() : node.getAspectNames());
        aspects.remove(PENDING);
        aspects.addAll(entry.aspects());
        NodeBodyUpdate body = new NodeBodyUpdate().properties(new LinkedHashMap<>(entry.properties())).aspectNames(List.copyOf(aspects));
        if (!entry.type().equals(node.getNodeType())) {
            body.nodeType(entry.type());
        }
        return client.write(AlfrescoClient.Action.write(entry.folder() + "/" + node.getName()),
                () -> client.nodes().updateNode(node.getId(), body, INCLUDE, null)).getEntry();
    }

    private static boolean typed(Node n, Entry entry) {
        return n.getProperties() instanceof Map<?, ?> p && entry.code().equals(String.valueOf(p.get(RecordProperty.ARCHIVE_CODE.key())))
                && entry.type().equals(n.getNodeType());
    }

    /**
     * After a failed move or update: the document back where it was, unless the update went
     * through after all (a lost answer), which makes it filed. A failure here too leaves the
     * journal entry for the next filer.
     */
    private Optional<Node> putBack(Entry entry, RuntimeException cause) {
        try {
            Optional<Node> now = byId(entry.node());
            if (now.isPresent() && typed(now.get(), entry)) {
                return now;
            }
            now.filter(n -> !entry.inboxParent().equals(n.getParentId())).ifPresent(n -> moveBack(n, entry));
            notes.delete(JOURNAL, journalName(entry.node()));
        } catch (RuntimeException again) {
            cause.addSuppressed(again);
        }
        return Optional.empty();
    }

    private void moveBack(Node n, Entry entry) {
        client.createNamed(AlfrescoClient.Action.createChildren(options.inbox()), entry.inboxName(), candidate -> () ->
                client.nodes().moveNode(n.getId(), new NodeBodyMove().targetParentId(entry.inboxParent()).name(candidate), INCLUDE, null));
    }

    /**
     * The counter, the hash index, the journal entry gone: each may be done again after a crash.
     * {@code drawn}: the number as drawn under this claim; null in a recovery, which reads the counter afresh.
     */
    private void finish(Entry entry, Node filed, Numbering.Drawn drawn) {
        if (drawn != null) {
            numbering.used(drawn);
        } else {
            numbering.used(entry.series(), entry.item());
        }
        options.checkpoint().accept("counted");
        // A create keeps the first record of a content; one already there (an earlier try) stays.
        notes.create(FILED, entry.hash(), entry.code() + " " + relative(filed));
        notes.delete(JOURNAL, journalName(entry.node()));
    }

    /** What runs that died left in the journal, put right; done under the claim before anything else. */
    private void recover() {
        for (String name : notes.list(JOURNAL)) {
            Optional<String> text = notes.read(JOURNAL, name);
            if (text.isEmpty()) {
                continue;
            }
            Entry entry = read(text.get(), name);
            Optional<Node> now = byId(entry.node());
            if (now.isPresent() && typed(now.get(), entry)) {
                finish(entry, now.get(), null);
                continue;
            }
            // Not typed: never filed. Back to the inbox if it was moved into the target folder.
            now.filter(n -> !entry.inboxParent().equals(n.getParentId()))
                    .filter(n -> n.getPath() != null && n.getPath().getName().equals(stationPath() + "/" + entry.folder()))
                    .ifPresent(n -> moveBack(n, entry));
            notes.delete(JOURNAL, name);
        }
    }

    private static String journalName(String nodeId) {
        return nodeId + ".json";
    }

    // ---- target folders -----------------------------------------------------------------------

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
            throw new StoreException(LocalizedText.of("“" + relativePath + "”不是文件夹，无法归档到其中",
                    "'" + relativePath + "' is not a folder: nothing can be filed into it"), null);
        }
        folders.put(relativePath, folder.getId());
        return folder.getId();
    }

    private void forgetFolder(String relativePath) {
        folders.remove(relativePath);
    }

    // ---- the 全宗号 ----------------------------------------------------------------------------

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

    // ---- review queue -------------------------------------------------------------------------

    @Override
    public void queue(ReviewItem item) {
        boolean zipEntry = item.inboxId().contains("!");
        Optional<Node> doc = zipEntry ? Optional.empty() : Optional.ofNullable(listed.get(item.inboxId())).flatMap(l -> byId(l.node()))
                .or(() -> inboxItem(item.inboxId()).flatMap(i -> byId(listed.get(i.id()).node()))).filter(this::inInbox);
        if (!zipEntry && doc.isEmpty()) {
            return;
        }
        notes.write(REVIEW, item.id() + ".json", write(item));
        // Share shows the note on the document: why it waits.
        doc.ifPresent(n -> {
            String note = filingNote(item.reasons());
            if (!note.equals(n.getProperties() instanceof Map<?, ?> p ? p.get(NOTE) : null)) {
                nodes.update(n, Map.of(NOTE, note), List.of(PENDING));
            }
        });
    }

    static String filingNote(List<LocalizedText> reasons) {
        String zh = String.join("；", reasons.stream().map(LocalizedText::zh).toList());
        String en = String.join("; ", reasons.stream().map(LocalizedText::en).toList());
        String note = "待审：" + zh + " / review: " + en;
        return note.length() > 1000 ? note.substring(0, 999) + "…" : note;
    }

    @Override
    public void pruneQueue() {
        for (ReviewItem r : reviewQueue()) {
            String doc = r.inboxId().contains("!") ? r.inboxId().substring(0, r.inboxId().indexOf('!')) : r.inboxId();
            if (below(doc).filter(this::inInbox).isEmpty()) {
                notes.delete(REVIEW, r.id() + ".json");
            }
        }
    }

    @Override
    public List<ReviewItem> reviewQueue() {
        List<ReviewItem> items = new ArrayList<>();
        for (String name : notes.list(REVIEW)) {
            if (name.endsWith(".json")) {
                notes.read(REVIEW, name).ifPresent(text -> {
                    try {
                        items.add(json.readValue(text, ReviewItem.class));
                    } catch (JacksonException e) {
                        throw unreadable(REVIEW, name, e);
                    }
                });
            }
        }
        items.sort(Comparator.comparing(ReviewItem::inboxId));
        return items;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private String write(Object value) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    private Entry read(String text, String name) {
        try {
            return json.readValue(text, Entry.class);
        } catch (JacksonException e) {
            throw unreadable(JOURNAL, name, e);
        }
    }

    private StoreException unreadable(String area, String name, Exception e) {
        return new StoreException(LocalizedText.of("归档记录无法读取：" + notes.locate(area, name) + "（请检查或移走它）",
                "a filing note cannot be read: " + notes.locate(area, name) + " (check it or move it away)"), e);
    }

    /** The content's SHA-256: of the local copy, or streamed from the repository for one too large to copy. */
    private Optional<String> hash(String id, Listed l) {
        try (InputStream in = l.size() > options.maxFileBytes() ? client.stream(AlfrescoClient.Action.read(id), l.node())
                : Files.newInputStream(l.local())) {
            return Optional.of(ContentHash.of(in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Removes the local copies. */
    @Override
    public void close() {
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
        listed.clear();
    }
}
