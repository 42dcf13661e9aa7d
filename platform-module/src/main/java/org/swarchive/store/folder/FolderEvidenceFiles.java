package org.swarchive.store.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.swarchive.access.AccessPolicy;
import org.swarchive.archive.Confidentiality;
import org.swarchive.archive.RecordProperty;
import org.swarchive.store.EvidenceFiles;

/**
 * Documents of a folder store by record id (a path relative to the station folder). Every rule
 * below must hold, or the document is not found: the id is a plain relative path, it names no
 * hidden file or metadata file, and no segment of it is a link (a symbolic link is never
 * followed: not into {@code .swa/}, not to another record, not out of the station). A
 * confidentiality outside the model's list counts as sensitive.
 */
public final class FolderEvidenceFiles implements EvidenceFiles {

    private final Path root;

    public FolderEvidenceFiles(Path stationRoot) {
        this.root = stationRoot.toAbsolutePath().normalize();
    }

    @Override
    public Optional<EvidenceFile> open(String recordId) {
        if (!EvidenceFiles.isPlainId(recordId)) {
            return Optional.empty();
        }
        try {
            Path real = root.toRealPath();
            Path file = real.resolve(recordId).normalize();
            if (!file.startsWith(real) || throughLink(real, file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || Files.isSymbolicLink(MetadataFile.of(file))) {
                return Optional.empty();
            }
            Map<String, String> metadata = metadataOf(file);
            return Optional.of(new EvidenceFile(recordId, file.getFileName().toString(), Files.size(file),
                    Confidentiality.read(metadata.get(RecordProperty.CONFIDENTIALITY.key())).orElse(null),
                    () -> Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), metadata));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether any folder between the station and the file, or the file itself, is a symbolic link. */
    private static boolean throughLink(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                return true;
            }
        }
        return false;
    }

    /** The document's metadata (empty when unmarked); metadata that cannot be read counts as sensitive, so nothing leaks by accident. */
    private static Map<String, String> metadataOf(Path file) {
        Path metadata = MetadataFile.of(file);
        if (!Files.exists(metadata, LinkOption.NOFOLLOW_LINKS)) {
            return Map.of();
        }
        try {
            return MetadataFile.read(metadata);
        } catch (IOException unreadable) {
            return Map.of(RecordProperty.CONFIDENTIALITY.key(), Confidentiality.SENSITIVE.id());
        }
    }
}
