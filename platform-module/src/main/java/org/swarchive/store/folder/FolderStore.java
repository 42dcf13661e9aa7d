package org.swarchive.store.folder;

import org.swarchive.archive.LocalizedText;
import org.swarchive.i18n.Message;
import org.swarchive.store.ModelConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import java.util.Optional;
import java.util.stream.Stream;
import org.swarchive.archive.FieldProblem;
import org.swarchive.archive.RecordReader;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StoreException;

/**
 * The embedded default store: a station's archive as a plain directory tree in the layout of
 * Alfresco's Bulk Filesystem Import, each document with an optional shadow metadata file.
 * Only metadata is read during a scan, never document contents.
 */
public final class FolderStore implements ArchiveStore {

    private final Path root;
    private final RecordReader reader;
    private final ModelConstraints model;

    public FolderStore(Path root, RecordReader reader) {
        this(root, reader, ModelConstraints.shipped());
    }

    public FolderStore(Path root, RecordReader reader, ModelConstraints model) {
        this.root = root.toAbsolutePath().normalize();
        this.reader = reader;
        this.model = model;
    }

    public Path root() {
        return root;
    }

    @Override
    public String describe() {
        return "folder:" + root;
    }

    @Override
    public Stream<ScanItem> scan() {
        if (!Files.isDirectory(root)) {
            throw new StoreException(Message.of("filing.folder.no-station", root), null);
        }
        Stream<Path> files;
        try {
            files = Files.walk(root);
        } catch (IOException e) {
            throw new StoreException(Message.of("filing.folder.unreadable", root), e);
        }
        // Metadata is parsed in parallel batches, but the stream handed out stays sequential and
        // ordered, so no consumer has to be thread-safe.
        Iterator<Path> paths = files.filter(this::isArchiveFile).iterator();
        Iterator<List<Path>> batches = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return paths.hasNext();
            }

            @Override
            public List<Path> next() {
                List<Path> batch = new ArrayList<>(BATCH);
                while (paths.hasNext() && batch.size() < BATCH) {
                    batch.add(paths.next());
                }
                return batch;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED), false)
                .flatMap(batch -> batch.parallelStream().flatMap(p -> itemOf(p).stream()).toList().stream())
                .onClose(files::close);
    }

    private static final int BATCH = 256;

    /** Regular files outside hidden folders (such as the product's own {@code .swa} state). */
    private boolean isArchiveFile(Path p) {
        Path rel = root.relativize(p);
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return Files.isRegularFile(p);
    }

    /** What a file contributes: a metadata file only speaks for itself when its document is missing. */
    private Optional<ScanItem> itemOf(Path file) {
        if (MetadataFile.isMetadata(file)) {
            Path document = MetadataFile.documentOf(file);
            if (!Files.exists(document)) {
                return Optional.of(new ScanItem.Unreadable(idOf(file),
                        LocalizedText.from(Message.of("filing.folder.orphan-metadata", document.getFileName()))));
            }
            return Optional.empty();
        }
        Path metadata = MetadataFile.of(file);
        String id = idOf(file);
        if (!Files.exists(metadata)) {
            return Optional.of(new ScanItem.Unclassified(id, file.getFileName().toString()));
        }
        try {
            Map<String, String> raw = new LinkedHashMap<>(MetadataFile.read(metadata));
            // The model judges first (what Alfresco would refuse), then the reader parses what is left.
            List<FieldProblem> problems = new ArrayList<>(model.removeInvalid(raw));
            RecordReader.Result r = reader.read(id, file.getFileName().toString(), raw);
            problems.addAll(r.problems());
            return Optional.of(new ScanItem.Filed(r.record(), idOf(metadata), problems));
        } catch (IOException e) {
            String why = MetadataFile.reasonOf(e);
            return Optional.of(new ScanItem.Unreadable(idOf(metadata), LocalizedText.from(Message.of("filing.folder.bad-metadata", why))));
        } catch (UncheckedIOException e) {
            return Optional.of(new ScanItem.Unreadable(idOf(metadata),
                    LocalizedText.from(Message.of("filing.folder.metadata-unreadable", String.valueOf(e.getMessage())))));
        }
    }

    private String idOf(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
