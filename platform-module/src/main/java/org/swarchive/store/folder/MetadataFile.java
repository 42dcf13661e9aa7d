package org.swarchive.store.folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.InvalidPropertiesFormatException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A shadow metadata file of Alfresco's Bulk Filesystem Import: {@code NAME.metadata.properties.xml},
 * Java properties XML with {@code type}, {@code aspects} and {@code prefix:property} entries.
 */
public final class MetadataFile {

    public static final String SUFFIX = ".metadata.properties.xml";

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

    /** Reads the entries in file order; throws with the parser's reason when the XML is bad. */
    public static Map<String, String> read(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.loadFromXML(in);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> entries.put(k, p.getProperty(k)));
        return entries;
    }

    /** Writes entries as properties XML (UTF-8), the same format Alfresco's bulk import reads. */
    public static void write(Path file, Map<String, String> entries) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\">\n<properties>\n");
        entries.forEach((k, v) -> xml.append("  <entry key=\"").append(escape(k)).append("\">")
                .append(escape(v)).append("</entry>\n"));
        xml.append("</properties>\n");
        Files.writeString(file, xml);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String reasonOf(IOException e) {
        if (e instanceof InvalidPropertiesFormatException) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
