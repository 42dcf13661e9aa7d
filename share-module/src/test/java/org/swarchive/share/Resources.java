package org.swarchive.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads the module's files from the test classpath, as Share reads them from the jar. */
final class Resources {

    static final String SHARE_CONFIG = "META-INF/share-config-custom.xml";
    static final String SHARE_CONTEXT = "alfresco/web-extension/swarchive-share-slingshot-application-context.xml";
    static final String SHARE_BUNDLE = "alfresco/web-extension/messages/swarchive-share";
    static final String EXTENSION = "alfresco/web-extension/site-data/extensions/swarchive-share-extension.xml";
    static final String DASHLET_DIR = "alfresco/web-extension/site-webscripts/org/swarchive/dashlets/";
    static final String DASHLET = DASHLET_DIR + "swa-readiness.get";
    static final String MODEL_BUNDLE = "alfresco/module/swarchive-content-models/messages/swa-model";

    private Resources() {
    }

    static InputStream open(String name) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new AssertionError("not on the classpath: " + name);
        }
        return in;
    }

    static boolean exists(String name) {
        return Resources.class.getClassLoader().getResource(name) != null;
    }

    static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document xml(String name) {
        try (InputStream in = open(name)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError(name + " is not well formed: " + e.getMessage(), e);
        }
    }

    /** A message bundle as Alfresco and Surf read it (ISO-8859-1 with \\u escapes). */
    static Properties bundle(String base, String suffix) {
        try (InputStream in = open(base + suffix + ".properties")) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Descendant elements by local name, in document order. */
    static List<Element> all(Node root, String localName) {
        NodeList nodes = root instanceof Document d ? d.getElementsByTagNameNS("*", localName)
                : ((Element) root).getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** Direct child elements by local name. */
    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        if (c.isEmpty()) {
            throw new AssertionError("<" + parent.getLocalName() + "> has no <" + localName + ">");
        }
        return c.get(0);
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
