package org.swarchive.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The swa model as the tests see it: read from the classpath, as the repository reads it. */
final class SwaModel {

    static final String DICTIONARY_NS = "http://www.alfresco.org/model/dictionary/1.0";
    static final String RESOURCE = "alfresco/module/swarchive-content-models/model/swa-model.xml";

    record Constraint(String name, String type, Map<String, List<String>> parameters) {
        List<String> allowedValues() {
            return parameters.getOrDefault("allowedValues", List.of());
        }

        /** The REGEX expression, compiled the way Alfresco's RegexConstraint uses it (whole-value match). */
        Pattern pattern() {
            return Pattern.compile(parameters.get("expression").get(0));
        }
    }

    record Property(String name, String owner, String dataType, boolean mandatory, boolean enforced,
                    boolean multiple, String defaultValue, List<String> constraintRefs,
                    Optional<Element> index) {
        boolean indexFlag(String flag) {
            return index.flatMap(i -> child(i, flag)).map(e -> Boolean.parseBoolean(e.getTextContent().trim()))
                    .orElse(false);
        }

        boolean isCode() {
            return !constraintRefs.isEmpty() && dataType.equals("d:text");
        }
    }

    record ClassDef(String kind, String name, String parent, List<Property> properties,
                    List<String> mandatoryAspects, Map<String, String> overriddenDefaults) {
    }

    final Document document;
    final Map<String, Constraint> constraints = new LinkedHashMap<>();
    final Map<String, ClassDef> types = new LinkedHashMap<>();
    final Map<String, ClassDef> aspects = new LinkedHashMap<>();

    private SwaModel(Document document) {
        this.document = document;
        Element root = document.getDocumentElement();
        child(root, "constraints").ifPresent(cs -> children(cs, "constraint").forEach(c -> {
            Map<String, List<String>> params = new LinkedHashMap<>();
            children(c, "parameter").forEach(p -> {
                List<String> values = new ArrayList<>();
                child(p, "value").ifPresent(v -> values.add(v.getTextContent()));
                child(p, "list").ifPresent(l -> children(l, "value").forEach(v -> values.add(v.getTextContent().trim())));
                params.put(p.getAttribute("name"), values);
            });
            constraints.put(c.getAttribute("name"), new Constraint(c.getAttribute("name"), c.getAttribute("type"), params));
        }));
        child(root, "types").ifPresent(ts -> children(ts, "type").forEach(t -> put(types, "type", t)));
        child(root, "aspects").ifPresent(as -> children(as, "aspect").forEach(a -> put(aspects, "aspect", a)));
    }

    private static void put(Map<String, ClassDef> into, String kind, Element c) {
        String name = c.getAttribute("name");
        List<Property> props = new ArrayList<>();
        child(c, "properties").ifPresent(ps -> children(ps, "property").forEach(p -> {
            Optional<Element> mandatory = child(p, "mandatory");
            List<String> refs = new ArrayList<>();
            child(p, "constraints").ifPresent(cs -> children(cs, "constraint").forEach(r -> refs.add(r.getAttribute("ref"))));
            props.add(new Property(p.getAttribute("name"), name, text(p, "type"),
                    mandatory.map(m -> Boolean.parseBoolean(m.getTextContent().trim())).orElse(false),
                    mandatory.map(m -> Boolean.parseBoolean(m.getAttribute("enforced"))).orElse(false),
                    Boolean.parseBoolean(text(p, "multiple")), child(p, "default").map(Node::getTextContent).orElse(null),
                    refs, child(p, "index")));
        }));
        List<String> mandatoryAspects = new ArrayList<>();
        child(c, "mandatory-aspects").ifPresent(m -> children(m, "aspect").forEach(a -> mandatoryAspects.add(a.getTextContent().trim())));
        Map<String, String> overrides = new LinkedHashMap<>();
        child(c, "overrides").ifPresent(o -> children(o, "property").forEach(p ->
                child(p, "default").ifPresent(d -> overrides.put(p.getAttribute("name"), d.getTextContent().trim()))));
        into.put(name, new ClassDef(kind, name, text(c, "parent"), props, mandatoryAspects, overrides));
    }

    static SwaModel load() {
        return new SwaModel(parse(RESOURCE));
    }

    /** Parses a classpath resource, namespace aware, refusing DTDs and external entities. */
    static Document parse(String resource) {
        try (InputStream in = SwaModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + resource);
            }
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + resource + ": " + e.getMessage(), e);
        }
    }

    List<ClassDef> classes() {
        List<ClassDef> all = new ArrayList<>(types.values());
        all.addAll(aspects.values());
        return all;
    }

    List<Property> properties() {
        return classes().stream().flatMap(c -> c.properties().stream()).toList();
    }

    Optional<Property> property(String name) {
        return properties().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    Constraint constraint(String name) {
        Constraint c = constraints.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no constraint " + name);
        }
        return c;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && DICTIONARY_NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }

    private static String text(Element parent, String localName) {
        return child(parent, localName).map(e -> e.getTextContent().trim()).orElse(null);
    }
}
