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
    private final FolderIndex index;

    public FolderStore(Path root, RecordReader reader) {
        this(root, reader, ModelConstraints.shipped());
    }

    public FolderStore(Path root, RecordReader reader, ModelConstraints model) {
        this(root, reader, model, false);
    }

    private FolderStore(Path root, RecordReader reader, ModelConstraints model, boolean indexed) {
        this.root = root.toAbsolutePath().normalize();
        this.reader = reader;
        this.model = model;
        this.index = indexed ? newIndex() : null;
    }

    /**
     * The store with its index under {@code .swa/index/} (the commands' way): a scan parses only the
     * metadata files changed since the last one and gives exactly what a scan without the index gives.
     */
    public static FolderStore indexed(Path root, RecordReader reader) {
        return new FolderStore(root, reader, ModelConstraints.shipped(), true);
    }

    /** Whether scans keep the index. */
    public boolean isIndexed() {
        return index != null;
    }

    /** Searches this station's index ({@code swa find}); text not yet extracted is extracted first. */
    public FolderSearch search(org.swarchive.classify.DocumentExtractor extractor, org.swarchive.store.Progress progress) {
        return new FolderSearch(this, newIndex(), extractor, progress);
    }

    /** The index of this station, with the reader's category for each record (given, or its doc type's). */
    private FolderIndex newIndex() {
        return new FolderIndex(root, entries -> {
            org.swarchive.archive.Category c = reader.read("", "", entries).record().category();
            return c == null ? null : c.id();
        });
    }

    RecordReader reader() {
        return reader;
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
        if (index != null) {
            Optional<List<ScanItem>> indexed = indexedScan(index);
            if (indexed.isPresent()) {
                return indexed.get().stream();
            }
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
        return Optional.of(itemOf(id, file.getFileName().toString(), idOf(metadata), outcomeOf(metadata)));
    }

    /** Reads a metadata file: its entries, or why it could not be read. */
    private static FolderIndex.Outcome outcomeOf(Path metadata) {
        try {
            return new FolderIndex.Entries(MetadataFile.read(metadata));
        } catch (IOException e) {
            return new FolderIndex.BadMetadata(MetadataFile.reasonOf(e));
        } catch (UncheckedIOException e) {
            return new FolderIndex.Unreadable(String.valueOf(e.getMessage()));
        }
    }

    /** The item of a document with a metadata file, from what reading that file gave (read now or kept in the index). */
    private ScanItem itemOf(String id, String name, String metadataId, FolderIndex.Outcome outcome) {
        if (outcome instanceof FolderIndex.BadMetadata bad) {
            return new ScanItem.Unreadable(metadataId, LocalizedText.from(Message.of("filing.folder.bad-metadata", bad.why())));
        }
        if (outcome instanceof FolderIndex.Unreadable unreadable) {
            return new ScanItem.Unreadable(metadataId,
                    LocalizedText.from(Message.of("filing.folder.metadata-unreadable", unreadable.why())));
        }
        Map<String, String> raw = new LinkedHashMap<>(((FolderIndex.Entries) outcome).entries());
        // The model judges first (what Alfresco would refuse), then the reader parses what is left.
        List<FieldProblem> problems = new ArrayList<>(model.removeInvalid(raw));
        RecordReader.Result r = reader.read(id, name, raw);
        problems.addAll(r.problems());
        return new ScanItem.Filed(r.record(), metadataId, problems);
    }

    /**
     * A scan through the index: the same walk, the same items in the same order, but metadata
     * files whose size and time are unchanged are not parsed again. Empty when the index cannot be
     * used now (another command holds it, the folder is read-only): the caller scans without it.
     */
    private Optional<List<ScanItem>> indexedScan(FolderIndex index) {
        List<FolderIndex.FileState> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                    return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                            ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                    boolean regular = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file));
                    if (regular && !file.getFileName().toString().startsWith(".")) {
                        files.add(new FolderIndex.FileState(idOf(file), attrs.size(), attrs.lastModifiedTime().toMillis()));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new StoreException(Message.of("filing.folder.unreadable", root), e);
        }
        List<FolderIndex.FileState> documents = new ArrayList<>();
        Map<String, FolderIndex.FileState> metadata = new java.util.HashMap<>();
        for (FolderIndex.FileState f : files) {
            if (f.id().endsWith(MetadataFile.SUFFIX)) {
                metadata.put(f.id(), f);
            } else {
                documents.add(f);
            }
        }
        Map<String, FolderIndex.Outcome> outcomes;
        try {
            outcomes = refreshed(index, documents, metadata);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        java.util.Set<String> documentIds = new java.util.HashSet<>(documents.size() * 2);
        documents.forEach(d -> documentIds.add(d.id()));
        // Records are made from their entries in parallel (as the scan without the index parses them),
        // then handed out in walk order.
        Map<String, FolderIndex.Outcome> known = outcomes;
        List<ScanItem> items = files.parallelStream().<ScanItem>mapMulti((f, out) -> {
            Path file = root.resolve(f.id());
            if (f.id().endsWith(MetadataFile.SUFFIX)) {
                String documentId = f.id().substring(0, f.id().length() - MetadataFile.SUFFIX.length());
                if (!documentIds.contains(documentId)) {
                    itemOf(file).ifPresent(out); // an orphan, or its document is not a plain file: asked as before
                }
                return;
            }
            FolderIndex.Outcome outcome = known.get(f.id());
            if (outcome != null) {
                out.accept(itemOf(f.id(), file.getFileName().toString(), f.id() + MetadataFile.SUFFIX, outcome));
            } else {
                itemOf(file).ifPresent(out); // no metadata file, or one the index could not keep
            }
        }).toList();
        return Optional.of(items);
    }

    /** The index brought up to date; one that cannot be trusted is deleted and built again. */
    private Map<String, FolderIndex.Outcome> refreshed(FolderIndex index, List<FolderIndex.FileState> documents,
                                                       Map<String, FolderIndex.FileState> metadata) throws IOException {
        java.util.function.Function<String, FolderIndex.Outcome> read = id -> outcomeOf(root.resolve(id));
        try {
            return index.refresh(documents, metadata, read);
        } catch (FolderIndex.UntrustedIndex untrusted) {
            index.delete();
            return index.refresh(documents, metadata, read);
        }
    }

    private String idOf(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
