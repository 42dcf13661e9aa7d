package org.swarchive.store.folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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

    /**
     * Reads the entries in file order; throws {@link InvalidMetadataException} with the line and
     * the parser's reason when the XML is bad. StAX with the DTD switched off: the JDK's
     * {@code Properties.loadFromXML} spends a third of a millisecond a file, and no entity may
     * reach outside the file.
     */
    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                boolean root = true;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String element = xml.getLocalName();
                    if (root) {
                        if (!element.equals("properties")) {
                            throw new InvalidMetadataException(xml.getLocation().getLineNumber(),
                                    "the root element is <" + element + ">, not <properties>");
                        }
                        root = false;
                    } else if (element.equals("entry")) {
                        String key = xml.getAttributeValue(null, "key");
                        int line = xml.getLocation().getLineNumber();
                        if (key == null) {
                            throw new InvalidMetadataException(line, "an <entry> has no key attribute");
                        }
                        entries.put(key, xml.getElementText());
                    }
                }
                if (root) {
                    throw new InvalidMetadataException(1, "no <properties> element");
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new InvalidMetadataException(line, e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", ""));
        }
        return entries;
    }

    private static final XMLInputFactory FACTORY = secureFactory();

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Metadata that is not the properties XML of the bulk import format, with where and why. */
    public static final class InvalidMetadataException extends IOException {
        private final int line;

        InvalidMetadataException(int line, String reason) {
            super(reason);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Writes entries as properties XML (UTF-8), the same format Alfresco's bulk import reads. */
    public static void write(Path file, Map<String, String> entries) throws IOException {
        Files.writeString(file, xml(entries));
    }

    /** The entries as the properties XML {@link #write} puts in a file. */
    public static String xml(Map<String, String> entries) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\">\n<properties>\n");
        entries.forEach((k, v) -> xml.append("  <entry key=\"").append(escape(k)).append("\">")
                .append(escape(v)).append("</entry>\n"));
        xml.append("</properties>\n");
        return xml.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String reasonOf(IOException e) {
        if (e instanceof InvalidMetadataException bad) {
            return (bad.line() > 0 ? "line " + bad.line() + ": " : "") + bad.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
