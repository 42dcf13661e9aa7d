package org.swarchive.store.folder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.swarchive.filing.FiledCodes;
import org.swarchive.filing.FilingEntry;
import org.swarchive.filing.FilingNotes;
import org.swarchive.filing.FilingStore;
import org.swarchive.filing.SafeNames;
import org.swarchive.filing.ZipUnpacker;
import org.swarchive.i18n.Message;
import org.swarchive.store.StationState;
import org.swarchive.store.StoreException;

/**
 * How a station folder keeps what filing does: documents are files below the inbox folder; a
 * record is a file moved (one rename) into its folder after its metadata file was written beside
 * the place it goes; a zip is unpacked into a hidden folder beside it, renamed to its name in one
 * move; the 全宗号 is set in {@code .swa/station.xml}. Notes an earlier version kept directly in
 * {@code .swa/} (counters, filed contents, journal, review queue) are brought into the filing notes.
 */
final class FolderFilingStore implements FilingStore {

    private static final String STAGING = ".unpacking-";
    private static final String STATION_FILE = "station.xml";

    private final FolderStore store;
    private final Path root;
    private final Path inbox;
    private final FolderCodes codes;

    FolderFilingStore(FolderStore store, String inboxName) {
        this.store = store;
        this.root = store.root();
        this.inbox = root.resolve(inboxName).normalize();
        if (!inbox.startsWith(root) || inbox.equals(root)) {
            throw new StoreException(Message.of("filing.inbox.outside", inboxName), null);
        }
        this.codes = new FolderCodes(store);
    }

    @Override
    public String describe() {
        return store.describe();
    }

    private Path state(String name) {
        return root.resolve(FolderState.FOLDER).resolve(name);
    }

    // ---- the inbox ----------------------------------------------------------------------------

    @Override
    public Listing inbox() {
        if (!Files.isDirectory(root)) {
            throw noStation(root);
        }
        if (!Files.isDirectory(inbox)) {
            return new Listing(List.of(), List.of());
        }
        List<Waiting> documents = new ArrayList<>();
        List<String> partials = new ArrayList<>();
        try (Stream<Path> files = Files.walk(inbox)) {
            for (Path p : files.sorted().toList()) {
                if (Files.isDirectory(p) && p.getFileName().toString().startsWith(STAGING)) {
                    partials.add(idOf(p));
                } else if (Files.isRegularFile(p) && visible(p) && !MetadataFile.isMetadata(p)) {
                    documents.add(waitingOf(p));
                }
            }
        } catch (IOException e) {
            throw new StoreException(Message.of("filing.inbox.unreadable", inbox), e);
        }
        return new Listing(documents, partials);
    }

    @Override
    public void dropPartial(String partial) {
        deleteTree(root.resolve(partial));
    }

    @Override
    public Optional<Waiting> waiting(String idOrRef) {
        Path p = root.resolve(idOrRef).normalize();
        return p.startsWith(inbox) && Files.isRegularFile(p) && visible(p) ? Optional.of(waitingOf(p)) : Optional.empty();
    }

    private Waiting waitingOf(Path p) {
        String id = idOf(p);
        long size;
        try {
            size = Files.size(p);
        } catch (IOException gone) {
            size = 0;
        }
        return new Waiting(id, p.getFileName().toString(), id, idOf(p.getParent()), size);
    }

    @Override
    public Optional<Path> local(Waiting document) {
        Path p = root.resolve(document.ref());
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    @Override
    public InputStream open(Waiting document) throws IOException {
        return Files.newInputStream(root.resolve(document.ref()));
    }

    /** Copied beside its place under a hidden name, then renamed into it: a listing never sees half a document. */
    @Override
    public Waiting receive(String name, Path content) {
        try {
            Files.createDirectories(inbox);
            Path target = ZipUnpacker.unique(inbox.resolve(SafeNames.mend(name)));
            Path partial = inbox.resolve(".receiving-" + UUID.randomUUID());
            try {
                Files.copy(content, partial);
                move(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
            return waitingOf(target);
        } catch (IOException e) {
            throw new StoreException(Message.of("filing.upload.unwritable", name, inbox), e);
        }
    }

    @Override
    public void withdraw(Waiting received) {
        try {
            Files.deleteIfExists(root.resolve(received.ref()));
        } catch (IOException e) {
            throw new StoreException(Message.of("filing.upload.unwritable", received.name(), inbox), e);
        }
    }

    /** Not inside a hidden folder (the product's own, or a zip being unpacked). */
    private boolean visible(Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    // ---- zips ---------------------------------------------------------------------------------

    @Override
    public Path stage(Waiting zip) throws IOException {
        return Files.createDirectories(root.resolve(zip.ref()).resolveSibling(STAGING + UUID.randomUUID()));
    }

    @Override
    public void discard(Path staged) {
        deleteTree(staged);
    }

    /** The staging folder renamed to the zip's name (the commit), then the zip moved to {@code .swa/originals}. */
    @Override
    public Unpacked commit(Waiting zip, Path staged) throws IOException {
        Path file = root.resolve(zip.ref());
        Path folder = ZipUnpacker.unique(file.resolveSibling(SafeNames.mend(SafeNames.stemOf(zip.name()))));
        Files.move(staged, folder, StandardCopyOption.ATOMIC_MOVE);
        Path originals = Files.createDirectories(state("originals"));
        Path kept = ZipUnpacker.unique(originals.resolve(zip.name()));
        Files.move(file, kept, StandardCopyOption.ATOMIC_MOVE);
        return new Unpacked(idOf(folder), idOf(kept));
    }

    // ---- filing -------------------------------------------------------------------------------

    @Override
    public void prepareFolder(String folder) {
        Path dir = root.resolve(folder).normalize();
        if (!dir.startsWith(root) || dir.equals(root) || !visible(dir.resolve("x"))) {
            throw new IllegalArgumentException("target folder outside the station: " + folder);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String freeName(String folder, String name) {
        return ZipUnpacker.unique(root.resolve(folder).resolve(name)).getFileName().toString();
    }

    /** Metadata first, then the document moved beside it (one rename): a scan never sees a record half filed. */
    @Override
    public String place(FilingEntry entry, Consumer<String> checkpoint) {
        Path source = root.resolve(entry.node());
        Path target = target(entry);
        try {
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                writeMetadata(target, entry);
                checkpoint.accept("metadata");
                move(source, target);
                checkpoint.accept("moved");
            } else if (!Files.exists(MetadataFile.of(target))) {
                writeMetadata(target, entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return idOf(target);
    }

    @Override
    public Placement where(FilingEntry entry) {
        Path target = target(entry);
        if (Files.exists(target) && Files.exists(MetadataFile.of(target))) {
            return new Placement.Filed(idOf(target));
        }
        return Files.exists(target) || Files.exists(root.resolve(entry.node())) ? new Placement.Pending() : new Placement.Gone();
    }

    @Override
    public void undo(FilingEntry entry) {
        Path source = root.resolve(entry.node());
        Path target = target(entry);
        try {
            if (Files.exists(target) && !Files.exists(source)) {
                move(target, source);
            }
            Files.deleteIfExists(MetadataFile.of(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void forget(FilingEntry entry) {
        try {
            Files.deleteIfExists(MetadataFile.of(target(entry)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path target(FilingEntry entry) {
        return root.resolve(entry.folder()).resolve(entry.name());
    }

    private static void writeMetadata(Path document, FilingEntry entry) throws IOException {
        MetadataFile.writeAtomically(MetadataFile.of(document), entry.bulkForm());
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Same station folder, so the same file system in practice; a plain rename otherwise.
            Files.move(source, target);
        }
    }

    // ---- codes and the 全宗号 -------------------------------------------------------------------

    @Override
    public FiledCodes codes() {
        return codes;
    }

    @Override
    public Optional<String> fonds() {
        Path file = state(STATION_FILE);
        try {
            return Files.exists(file) ? Optional.ofNullable(MetadataFile.read(file).get("fonds")) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Remembers the station's 全宗号 in {@code .swa/station.xml}. */
    @Override
    public void setFonds(String fonds) {
        try {
            Files.createDirectories(state(STATION_FILE).getParent());
            MetadataFile.writeAtomically(state(STATION_FILE), Map.of("fonds", fonds));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- notes of earlier versions --------------------------------------------------------------

    /**
     * Brings in what versions before the filing notes kept directly in {@code .swa/}: the log of
     * filed contents ({@code filed.tsv}), the journal ({@code journal/*.xml}) and the review queue
     * ({@code review/*.json}). Each is copied into the notes, then removed; done again after a crash,
     * it copies nothing twice. The counters ({@code series.xml}) are read where they are ({@link FolderCodes}).
     */
    @Override
    public void upgrade(StationState notes) {
        try {
            Path filed = state("filed.tsv");
            if (Files.exists(filed)) {
                for (String line : Files.readAllLines(filed, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t");
                    if (f.length >= 3) {
                        notes.create(FilingNotes.FILED, f[0], f[1] + " " + f[2]);
                    }
                }
                Files.delete(filed);
            }
            for (Path entry : legacy("journal", ".xml")) {
                notes.write(FilingNotes.JOURNAL, entry.getFileName().toString().replaceFirst("\\.xml$", ".json"),
                        FilingEntry.ofLegacy(MetadataFile.read(entry)).toJson());
                Files.delete(entry);
            }
            for (Path review : legacy("review", ".json")) {
                notes.write(FilingNotes.REVIEW, review.getFileName().toString(), Files.readString(review, StandardCharsets.UTF_8));
                Files.delete(review);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> legacy(String folder, String suffix) throws IOException {
        Path dir = state(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix) && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private String idOf(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    static StoreException noStation(Path root) {
        return new StoreException(Message.of("filing.folder.no-station", root), null);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
