package org.swarchive.store.folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import org.swarchive.store.MetadataXml;

/**
 * A shadow metadata file of Alfresco's Bulk Filesystem Import: {@code NAME.metadata.properties.xml}
 * beside its document, in the format of {@link MetadataXml}.
 */
public final class MetadataFile {

    public static final String SUFFIX = MetadataXml.SUFFIX;

    private MetadataFile() {
    }

    public static boolean isMetadata(Path file) {
        return file.getFileName().toString().endsWith(SUFFIX);
    }

    public static Path of(Path document) {
        return document.resolveSibling(document.getFileName() + SUFFIX);
    }

    /** The document a metadata file describes. */
    public static Path documentOf(Path metadata) {
        String name = metadata.getFileName().toString();
        return metadata.resolveSibling(name.substring(0, name.length() - SUFFIX.length()));
    }

    /**
     * Reads the entries in file order; throws {@link MetadataXml.InvalidMetadataException} with the
     * line and the parser's reason when the XML is bad.
     */
    public static Map<String, String> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return MetadataXml.read(in);
        }
    }

    /** Writes entries as properties XML (UTF-8), the same format Alfresco's bulk import reads. */
    public static void write(Path file, Map<String, String> entries) throws IOException {
        Files.writeString(file, MetadataXml.xml(entries));
    }

    /** Writes entries beside the file, then renames it over the file: a reader sees the old entries or the new, never half. */
    public static void writeAtomically(Path file, Map<String, String> entries) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            write(tmp, entries);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String reasonOf(IOException e) {
        if (e instanceof MetadataXml.InvalidMetadataException bad) {
            return (bad.line() > 0 ? "line " + bad.line() + ": " : "") + bad.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
