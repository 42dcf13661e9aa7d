package org.swarchive.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A record's metadata in the form of Alfresco's Bulk Filesystem Import: Java properties XML with
 * {@code type}, {@code aspects} and {@code prefix:property} entries, the content of a
 * {@code NAME.metadata.properties.xml} beside a document. The folder store keeps records so; the
 * notes keep a destroyed record's metadata so on every store.
 */
public final class MetadataXml {

    /** The name a metadata file has beside its document {@code NAME}: {@code NAME.metadata.properties.xml}. */
    public static final String SUFFIX = ".metadata.properties.xml";

    private MetadataXml() {
    }

    /**
     * Reads the entries in document order; throws {@link InvalidMetadataException} with the line and
     * the parser's reason when the XML is bad. StAX with the DTD switched off: the JDK's
     * {@code Properties.loadFromXML} spends a third of a millisecond a file, and no entity may
     * reach outside the file.
     */
    public static Map<String, String> read(InputStream in) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try {
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

    /** The entries as properties XML (UTF-8 text), the same format Alfresco's bulk import reads. */
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
}
