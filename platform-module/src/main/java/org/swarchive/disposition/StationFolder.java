package org.swarchive.disposition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.store.ScanItem;
import org.swarchive.store.folder.FolderStore;
import org.swarchive.store.folder.MetadataFile;

/**
 * The record operations disposition needs on a folder store: read every record, change a few
 * properties, remove a destroyed record, file the register. Every write goes through a hidden
 * temporary file and an atomic move, so a crash leaves the old file or the new one, never half.
 */
public final class StationFolder {

    private final FolderStore store;

    public StationFolder(FolderStore store) {
        this.store = store;
    }

    public Path root() {
        return store.root();
    }

    public String describe() {
        return store.describe();
    }

    /** Every filed record (documents with readable metadata). */
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

    public boolean documentExists(String id) {
        return Files.exists(document(id));
    }

    public boolean metadataExists(String id) {
        return Files.exists(MetadataFile.of(document(id)));
    }

    /**
     * Sets properties in a record's metadata file; a null value removes the key. Leaves the file
     * untouched when nothing changes, so re-running a command rewrites nothing.
     *
     * @return whether the file changed
     */
    public boolean updateProperties(String id, Map<String, String> changes) {
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

    /** Copies a record's metadata elsewhere (where the schedule keeps it), with extra entries. */
    public void keepMetadata(String id, Path to, Map<String, String> extra) {
        Path metadata = MetadataFile.of(document(id));
        try {
            Map<String, String> entries = new LinkedHashMap<>(MetadataFile.read(metadata));
            entries.putAll(extra);
            Files.createDirectories(to.getParent());
            writeMetadata(to, entries);
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

    /** A filed record's metadata, read straight from its file (empty when there is none). */
    public Map<String, String> metadata(String id) {
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
            throw DispositionRefusal.of("“" + id + "”不在档案库内", "'" + id + "' is not inside the station");
        }
        return p;
    }

    private static void writeMetadata(Path file, Map<String, String> entries) throws IOException {
        replace(file, tmp -> MetadataFile.write(tmp, entries));
    }

    static void writeAtomically(Path file, byte[] content) throws IOException {
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
