package org.swarchive.store.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.filing.Numbering;
import org.swarchive.i18n.Message;
import org.swarchive.archive.RecordProperty;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StationRecords;
import org.swarchive.store.StoreException;

/**
 * The record operations disposition needs on a folder store: read every record, change a few
 * properties, remove a destroyed record, file the register (numbered under the station's filing
 * lock, as every filing is). Every write goes through a hidden temporary file and an atomic move,
 * so a crash leaves the old file or the new one, never half.
 */
public final class FolderRecords implements StationRecords {

    private static final String ASPECTS = "aspects";

    private final FolderStore store;

    public FolderRecords(FolderStore store) {
        this.store = store;
    }

    public Path root() {
        return store.root();
    }

    @Override
    public String describe() {
        return store.describe();
    }

    /** Every filed record (documents with readable metadata). */
    @Override
    public List<ArchiveRecord> records() {
        List<ArchiveRecord> records = new ArrayList<>();
        try (Stream<ScanItem> items = store.scan()) {
            items.forEach(item -> {
                if (item instanceof ScanItem.Filed f) {
                    records.add(f.record());
                }
            });
        }
        return records;
    }

    /** The path is the handle: a document filed under it later is, to the folder store, the same record. */
    @Override
    public Optional<Stored> current(String id) {
        if (!Files.exists(document(id))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Stored(null, metadata(id)));
        } catch (UncheckedIOException unreadable) {
            // The scan reports unreadable metadata; here the document is there, and that is what is asked.
            return Optional.of(new Stored(null, Map.of()));
        }
    }

    @Override
    public boolean markDisposition(String id, String status, LocalDate date) {
        return updateProperties(id, StationRecords.dispositionValues(status, date));
    }

    @Override
    public boolean hold(String id, String reason, LocalDate since) {
        Map<String, String> values = StationRecords.holdValues(reason, since);
        values.put(ASPECTS, aspects(id, true));
        return updateProperties(id, values);
    }

    /** Keeps {@code swa:hold=false} on record, so the file says the hold was lifted rather than never placed. */
    @Override
    public boolean release(String id) {
        Map<String, String> values = new HashMap<>();
        values.put(RecordProperty.HOLD.key(), "false");
        values.put(RecordProperty.HOLD_REASON.key(), null);
        values.put(HOLD_SINCE, null);
        values.put(ASPECTS, aspects(id, false));
        return updateProperties(id, values);
    }

    /**
     * The record's {@code aspects} entry with the model's hold aspect added or taken away: Alfresco's
     * bulk import only sets the properties of aspects the entry names.
     */
    private String aspects(String id, boolean held) {
        String current = metadata(id).getOrDefault(ASPECTS, "");
        List<String> names = new ArrayList<>(Arrays.stream(current.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList());
        names.remove(HELD_ASPECT);
        if (held) {
            names.add(HELD_ASPECT);
        }
        return names.isEmpty() ? null : String.join(",", names);
    }

    /** Document first, metadata last: a crash between them leaves metadata a resumed execution removes. */
    @Override
    public void destroy(String id, String ref) {
        deleteDocument(id);
        deleteMetadata(id);
    }

    @Override
    public Optional<Setting> setting(String name) {
        Path file = root().resolve(FolderState.FOLDER).resolve(org.swarchive.store.StationState.plainName(name));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Setting(file.toString(), Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets properties in a record's metadata file; a null value removes the key. Leaves the file
     * untouched when nothing changes, so re-running a command rewrites nothing.
     *
     * @return whether the file changed
     */
    boolean updateProperties(String id, Map<String, String> changes) {
        Path metadata = MetadataFile.of(document(id));
        try {
            Map<String, String> entries = new LinkedHashMap<>(MetadataFile.read(metadata));
            Map<String, String> before = Map.copyOf(entries);
            changes.forEach((k, v) -> {
                if (v == null) {
                    entries.remove(k);
                } else {
                    entries.put(k, v);
                }
            });
            if (entries.equals(before)) {
                return false;
            }
            writeMetadata(metadata, entries);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first half of destroying a record in the folder store. */
    public void deleteDocument(String id) {
        delete(document(id));
    }

    /** The second half. */
    public void deleteMetadata(String id) {
        delete(MetadataFile.of(document(id)));
    }

    /**
     * Files a new document with its metadata under {@code folder}: content first, metadata last,
     * so a scan never sees metadata that speaks for a document not yet there.
     *
     * @return the new record's id
     */
    @Override
    public String file(String folder, String fileName, byte[] content, Map<String, String> metadata) {
        Path doc = document(folder + "/" + fileName);
        try {
            Files.createDirectories(doc.getParent());
            writeAtomically(doc, content);
            writeMetadata(MetadataFile.of(doc), metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root().relativize(doc).toString().replace('\\', '/');
    }

    @Override
    public Numbered fileNumbered(ArchiveSeries series, String folder, String fileName, byte[] content, Map<String, String> metadata) {
        return new Numbering(new FolderState(root()), new FolderCodes(store)).draw(new FolderLock(root()), series,
                code -> new Numbered(file(folder, fileName, content, StationRecords.withCode(metadata, code)), code));
    }

    /** A filed record's metadata, read straight from its file (empty when there is none). */
    Map<String, String> metadata(String id) {
        Path metadata = MetadataFile.of(document(id));
        if (!Files.exists(metadata)) {
            return Map.of();
        }
        try {
            return MetadataFile.read(metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document of a record id; refuses ids that leave the station folder. */
    Path document(String id) {
        Objects.requireNonNull(id, "id");
        Path p = root().resolve(id).normalize();
        if (!p.startsWith(root()) || p.equals(root())) {
            throw new StoreException(Message.of("filing.records.outside", id), null);
        }
        return p;
    }

    private static void writeMetadata(Path file, Map<String, String> entries) throws IOException {
        replace(file, tmp -> MetadataFile.write(tmp, entries));
    }

    private static void writeAtomically(Path file, byte[] content) throws IOException {
        replace(file, tmp -> Files.write(tmp, content));
    }

    /** Writes through a hidden temporary file: the folder store's scan skips names starting with a dot. */
    private static void replace(Path file, TempWriter writer) throws IOException {
        Path tmp = hiddenTemp(file);
        try {
            writer.write(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @FunctionalInterface
    private interface TempWriter {
        void write(Path tmp) throws IOException;
    }

    private static Path hiddenTemp(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".swa-tmp");
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
