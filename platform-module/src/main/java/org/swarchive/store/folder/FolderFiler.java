package org.swarchive.store.folder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.RecordProperty;
import org.swarchive.filing.Numbering;
import org.swarchive.store.ArchiveFiler;
import org.swarchive.store.FilingOutcome;
import org.swarchive.store.FilingRequest;
import org.swarchive.store.InboxItem;
import org.swarchive.store.InboxProblem;
import org.swarchive.store.ReviewItem;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StoreException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files inbox documents into a folder store. Everything it keeps lives in the station's own
 * {@code .swa/} folder, which scans skip: the lock, the item counters per series, the journal of
 * filings in progress, the log of filed contents, the review queue and the zips it unpacked.
 *
 * <p>One filing, under the station lock: draw the next number of the series, write a journal
 * entry, write the metadata file, move the document (atomic, same file system), save the counter,
 * log the content, drop the journal entry. A run killed at any point leaves a journal entry; the
 * next run (any run: it is the first thing done under the lock) finishes it if the document is
 * still there, or forgets it if not, so a number is used exactly once and no document is lost or
 * half filed.
 */
public final class FolderFiler implements ArchiveFiler {

    public static final String DEFAULT_INBOX = "收件箱";
    static final String STATE = ".swa";

    private final Path root;
    private final Path inbox;
    private final FolderStore store;
    private final ZipUnpacker unpacker;
    private final JsonMapper json = JsonMapper.builder().build();
    private final java.util.function.Consumer<String> checkpoint;
    private final Numbering numbering;

    public FolderFiler(FolderStore store, String inboxName, long maxFileBytes) {
        this(store, inboxName, maxFileBytes, step -> {
        });
    }

    /**
     * With a hook called after each step of a filing ({@code journal}, {@code metadata},
     * {@code moved}, {@code counted}): tests throw from it to kill a run at that point.
     */
    FolderFiler(FolderStore store, String inboxName, long maxFileBytes, java.util.function.Consumer<String> checkpoint) {
        this.checkpoint = checkpoint;
        this.store = store;
        this.root = store.root();
        this.inbox = root.resolve(inboxName).normalize();
        if (!inbox.startsWith(root) || inbox.equals(root)) {
            throw new IllegalArgumentException("--inbox 必须是档案文件夹内的子文件夹 / --inbox must be a folder inside the station: " + inboxName);
        }
        this.unpacker = new ZipUnpacker(ZipUnpacker.Limits.forMaxFileSize(maxFileBytes));
        this.numbering = new Numbering(new FolderState(root), new FolderCodes(store));
    }

    @Override
    public String describe() {
        return store.describe();
    }

    Path state(String name) {
        return root.resolve(STATE).resolve(name);
    }

    // ---- inbox ------------------------------------------------------------------------------

    @Override
    public Inbox openInbox() {
        if (!Files.isDirectory(root)) {
            throw new StoreException(LocalizedText.of("档案文件夹不存在：" + root, "no such station folder: " + root), null);
        }
        List<InboxProblem> problems = new ArrayList<>();
        locked(() -> {
            recover();
            if (Files.isDirectory(inbox)) {
                cleanPartials();
                for (Path zip : list(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip"))) {
                    problems.addAll(unpack(zip));
                }
            }
            return null;
        });
        List<InboxItem> items = new ArrayList<>();
        if (Files.isDirectory(inbox)) {
            for (Path p : list(p -> true)) {
                items.add(new InboxItem(idOf(p), p.getFileName().toString(), p));
            }
        }
        return new Inbox(items, problems);
    }

    @Override
    public Optional<InboxItem> inboxItem(String id) {
        Path p = root.resolve(id).normalize();
        if (!p.startsWith(inbox) || !Files.isRegularFile(p)) {
            return Optional.empty();
        }
        return Optional.of(new InboxItem(idOf(p), p.getFileName().toString(), p));
    }

    /** Regular, visible, non-metadata files under the inbox, in name order. */
    private List<Path> list(java.util.function.Predicate<Path> filter) {
        try (Stream<Path> files = Files.walk(inbox)) {
            return files.filter(p -> Files.isRegularFile(p) && visible(p) && !MetadataFile.isMetadata(p) && filter.test(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new StoreException(LocalizedText.of("无法读取收件箱：" + inbox, "cannot read the inbox: " + inbox), e);
        }
    }

    private boolean visible(Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** Unpacks a zip beside itself, then keeps the zip in .swa/originals: the move is the commit. */
    private List<InboxProblem> unpack(Path zip) throws IOException {
        String id = idOf(zip);
        String stem = zip.getFileName().toString().replaceFirst("(?i)\\.zip$", "");
        Path partial = zip.resolveSibling(".unpacking-" + UUID.randomUUID());
        Files.createDirectories(partial);
        List<InboxProblem> notes;
        try {
            notes = new ArrayList<>(unpacker.unpack(zip, id, partial));
        } catch (ZipUnpacker.Refused r) {
            deleteTree(partial);
            return List.of(new InboxProblem(id, r.reason(), true));
        }
        Path folder = ZipUnpacker.unique(zip.resolveSibling(SafeNames.mend(stem)));
        Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        Path originals = state("originals");
        Files.createDirectories(originals);
        Path kept = ZipUnpacker.unique(originals.resolve(zip.getFileName().toString()));
        Files.move(zip, kept, StandardCopyOption.ATOMIC_MOVE);
        notes.add(new InboxProblem(id, LocalizedText.of("已解压到“" + idOf(folder) + "”，原压缩包保存在 " + idOf(kept),
                "unpacked into '" + idOf(folder) + "'; the zip is kept as " + idOf(kept)), false));
        return notes;
    }

    /** Unpacking folders a killed run left behind: their zips are still in the inbox. */
    private void cleanPartials() throws IOException {
        try (Stream<Path> dirs = Files.walk(inbox)) {
            for (Path d : dirs.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith(".unpacking-")).toList()) {
                deleteTree(d);
            }
        }
    }

    // ---- filing -----------------------------------------------------------------------------

    @Override
    public FilingOutcome file(InboxItem item, FilingRequest request) {
        Path source = root.resolve(item.id()).normalize();
        if (!source.startsWith(inbox)) {
            throw new IllegalArgumentException("not an inbox document: " + item.id());
        }
        String hash;
        try {
            hash = sha256(source);
        } catch (IOException gone) {
            return new FilingOutcome.Gone(item.id());
        }
        return locked(() -> {
            recover();
            if (!Files.isRegularFile(source)) {
                return new FilingOutcome.Gone(item.id());
            }
            Map<String, String> log = filedLog();
            if (log.containsKey(hash)) {
                return new FilingOutcome.Duplicate(item.id(), log.get(hash));
            }
            Path folder = root.resolve(request.folder()).normalize();
            if (!folder.startsWith(root) || folder.equals(root) || !visible(folder.resolve("x"))) {
                throw new IllegalArgumentException("target folder outside the station: " + request.folder());
            }
            Files.createDirectories(folder);
            ArchiveSeries series = request.series();
            ArchiveCode code = numbering.next(series).code();
            int number = code.item();
            Path target = ZipUnpacker.unique(folder.resolve(SafeNames.mend(request.title() + SafeNames.extensionOf(item.name()))));
            Map<String, String> metadata = new LinkedHashMap<>(request.metadata());
            metadata.put(RecordProperty.ARCHIVE_CODE.key(), code.toString());

            Path entry = state("journal").resolve(UUID.randomUUID() + ".xml");
            Files.createDirectories(entry.getParent());
            Map<String, String> journal = new LinkedHashMap<>();
            journal.put("source", idOf(source));
            journal.put("target", idOf(target));
            journal.put("series", series.key());
            journal.put("item", String.valueOf(number));
            journal.put("hash", hash);
            metadata.forEach((k, v) -> journal.put("meta." + k, v));
            writeAtomically(entry, journal);
            checkpoint.accept("journal");
            complete(entry, journal);
            return new FilingOutcome.Filed(idOf(target), code);
        });
    }

    /** The steps after the journal entry; each can be run again after a crash. */
    private void complete(Path entry, Map<String, String> journal) throws IOException {
        Path source = root.resolve(journal.get("source"));
        Path target = root.resolve(journal.get("target"));
        Map<String, String> metadata = new LinkedHashMap<>();
        journal.forEach((k, v) -> {
            if (k.startsWith("meta.")) {
                metadata.put(k.substring(5), v);
            }
        });
        if (!Files.exists(target)) {
            if (!Files.exists(source)) {
                // The document left the inbox before it was moved: forget the filing, its number unused.
                Files.deleteIfExists(MetadataFile.of(target));
                Files.delete(entry);
                return;
            }
            writeAtomically(MetadataFile.of(target), metadata);
            checkpoint.accept("metadata");
            move(source, target);
            checkpoint.accept("moved");
        } else if (!Files.exists(MetadataFile.of(target))) {
            writeAtomically(MetadataFile.of(target), metadata);
        }
        numbering.used(journal.get("series"), Integer.parseInt(journal.get("item")));
        checkpoint.accept("counted");
        appendLog(journal.get("hash"), metadata.get(RecordProperty.ARCHIVE_CODE.key()), journal.get("target"));
        Files.delete(entry);
    }

    /** Finishes what killed runs left in the journal; called under the lock before anything else. */
    private void recover() throws IOException {
        Path dir = state("journal");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList()) {
                complete(entry, MetadataFile.read(entry));
            }
        }
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Same station folder, so the same file system in practice; a plain rename otherwise.
            Files.move(source, target);
        }
    }

    // ---- the 全宗号 -----------------------------------------------------------------------------

    @Override
    public Optional<String> fonds() {
        Path file = state("station.xml");
        try {
            if (Files.exists(file)) {
                return Optional.ofNullable(MetadataFile.read(file).get("fonds"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<ScanItem> items = store.scan()) {
            Set<String> used = new HashSet<>();
            items.filter(i -> i instanceof ScanItem.Filed).map(i -> (ScanItem.Filed) i)
                    .map(f -> f.record().property(RecordProperty.ARCHIVE_CODE.key()).flatMap(ArchiveCode::parse))
                    .flatMap(Optional::stream).forEach(c -> used.add(c.fonds()));
            return used.size() == 1 ? Optional.of(used.iterator().next()) : Optional.empty();
        }
    }

    /** Remembers the station's 全宗号 in .swa/station.xml. */
    @Override
    public void setFonds(String fonds) {
        locked(() -> {
            writeAtomically(state("station.xml"), Map.of("fonds", fonds));
            return null;
        });
    }

    // ---- the log of filed contents -------------------------------------------------------------

    private Map<String, String> filedLog() throws IOException {
        Path file = state("filed.tsv");
        Map<String, String> log = new HashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length >= 3) {
                    log.put(f[0], f[1] + " " + f[2]);
                }
            }
        }
        return log;
    }

    private void appendLog(String hash, String code, String id) throws IOException {
        if (filedLog().containsKey(hash)) {
            return;
        }
        Files.writeString(state("filed.tsv"), hash + "\t" + code + "\t" + id + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    // ---- review queue ---------------------------------------------------------------------------

    @Override
    public void queue(ReviewItem item) {
        locked(() -> {
            if (Files.isRegularFile(root.resolve(item.inboxId())) || item.inboxId().contains("!")) {
                Path file = state("review").resolve(item.id() + ".json");
                Files.createDirectories(file.getParent());
                Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
                Files.writeString(tmp, json.writerWithDefaultPrettyPrinter().writeValueAsString(item), StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return null;
        });
    }

    @Override
    public void pruneQueue() {
        locked(() -> {
            for (ReviewItem r : reviewQueue()) {
                Path doc = root.resolve(r.inboxId().contains("!") ? r.inboxId().substring(0, r.inboxId().indexOf('!')) : r.inboxId());
                if (!Files.exists(doc)) {
                    Files.deleteIfExists(state("review").resolve(r.id() + ".json"));
                }
            }
            return null;
        });
    }

    @Override
    public List<ReviewItem> reviewQueue() {
        Path dir = state("review");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<ReviewItem> items = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().startsWith("."))
                    .sorted().toList()) {
                items.add(json.readValue(Files.readString(f, StandardCharsets.UTF_8), ReviewItem.class));
            }
            items.sort(java.util.Comparator.comparing(ReviewItem::inboxId));
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private interface LockedWork<T> {
        T run() throws IOException;
    }

    private <T> T locked(LockedWork<T> work) {
        try {
            Files.createDirectories(root.resolve(STATE));
            try (StationLock ignored = StationLock.acquire(state("filing.lock"))) {
                return work.run();
            }
        } catch (IOException e) {
            throw new StoreException(LocalizedText.of("归档时读写档案文件夹失败：" + e.getMessage(),
                    "filing failed to read or write the station folder: " + e.getMessage()), e);
        }
    }

    private void writeAtomically(Path file, Map<String, String> entries) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            MetadataFile.write(tmp, entries);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private String idOf(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return org.swarchive.store.ContentHash.of(in);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
