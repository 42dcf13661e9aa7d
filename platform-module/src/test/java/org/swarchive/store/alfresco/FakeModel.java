package org.swarchive.store.alfresco;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The content model as the fake repository enforces it, read from content-models' swa-model.xml
 * (independently of the production reader, so a mistake there is not mirrored here): each class's
 * parent, mandatory aspects, properties (mandatory, enforced, default) and a subtype's overridden
 * defaults. What the live repository does with them (docs/alfresco.md, "The repository's integrity
 * check"): a type set adds its mandatory aspects and the defaults; at commit a missing mandatory
 * aspect or a missing enforced mandatory property is a 422.
 */
final class FakeModel {

    record Property(String name, boolean mandatory, boolean enforced, String defaultValue, boolean multiple, List<Constraint> constraints) {
    }

    /**
     * A constraint as the repository's dictionary runs it at commit (PropertiesIntegrityEvent →
     * RegexConstraint, ListOfValuesConstraint, NumericRangeConstraint), each value of a
     * multi-valued property on its own; the message is the dictionary's.
     */
    record Constraint(String type, String expression, List<String> allowed, Double min, Double max) {

        Optional<String> refusal(String value) {
            return switch (type) {
                case "REGEX" -> java.util.regex.Pattern.compile(expression).matcher(value).matches() ? Optional.empty()
                        : Optional.of("Value '" + value + "' does not match regular expression: " + expression);
                case "LIST" -> allowed.contains(value) ? Optional.empty()
                        : Optional.of("The value is not an allowed value: " + value);
                case "MINMAX" -> {
                    double d;
                    try {
                        d = Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        yield Optional.empty();
                    }
                    yield (min == null || d >= min) && (max == null || d <= max) ? Optional.empty()
                            : Optional.of("Numeric value '" + value + "' is not in range [" + min + ", " + max + "]");
                }
                default -> Optional.empty();
            };
        }
    }

    record ModelClass(String name, String parent, List<String> mandatoryAspects, Map<String, Property> properties,
                      Map<String, String> overriddenDefaults) {
    }

    static final FakeModel SHIPPED = load();

    private final Map<String, ModelClass> classes;
    private final Map<String, String> owners = new HashMap<>();
    private final Map<String, Property> properties = new HashMap<>();

    private FakeModel(Map<String, ModelClass> classes) {
        this.classes = Map.copyOf(classes);
        classes.values().forEach(c -> c.properties().values().forEach(p -> {
            owners.put(p.name(), c.name());
            properties.put(p.name(), p);
        }));
    }

    private static FakeModel load() {
        try (InputStream in = FakeModel.class.getClassLoader()
                .getResourceAsStream("alfresco/module/swarchive-content-models/model/swa-model.xml")) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var doc = f.newDocumentBuilder().parse(in);
            Map<String, Constraint> named = new HashMap<>();
            NodeList constraints = doc.getElementsByTagName("constraint");
            for (int i = 0; i < constraints.getLength(); i++) {
                Element c = (Element) constraints.item(i);
                if (c.hasAttribute("name") && c.hasAttribute("type")) {
                    named.put(c.getAttribute("name"), constraint(c));
                }
            }
            Map<String, ModelClass> out = new HashMap<>();
            for (String kind : List.of("type", "aspect")) {
                NodeList list = doc.getElementsByTagName(kind);
                for (int i = 0; i < list.getLength(); i++) {
                    Element c = (Element) list.item(i);
                    if (c.hasAttribute("name")) {
                        out.put(c.getAttribute("name"), modelClass(c, named));
                    }
                }
            }
            return new FakeModel(out);
        } catch (Exception e) {
            throw new IllegalStateException("swa-model.xml cannot be read: " + e, e);
        }
    }

    private static ModelClass modelClass(Element c, Map<String, Constraint> named) {
        String parent = null;
        List<String> aspects = new ArrayList<>();
        Map<String, Property> properties = new LinkedHashMap<>();
        Map<String, String> overrides = new LinkedHashMap<>();
        for (Node n = c.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getTagName()) {
                case "parent" -> parent = e.getTextContent().trim();
                case "mandatory-aspects" -> children(e, "aspect").forEach(a -> aspects.add(a.getTextContent().trim()));
                case "properties" -> children(e, "property").forEach(p -> {
                    Optional<Element> m = children(p, "mandatory").stream().findFirst();
                    properties.put(p.getAttribute("name"), new Property(p.getAttribute("name"),
                            m.map(x -> x.getTextContent().trim().equals("true")).orElse(false),
                            m.map(x -> x.getAttribute("enforced").equals("true")).orElse(false),
                            children(p, "default").stream().findFirst().map(d -> d.getTextContent().trim()).orElse(null),
                            children(p, "multiple").stream().anyMatch(x -> x.getTextContent().trim().equals("true")),
                            children(p, "constraints").stream().flatMap(cs -> children(cs, "constraint").stream())
                                    .map(x -> x.hasAttribute("ref") ? named.get(x.getAttribute("ref")) : constraint(x))
                                    .filter(java.util.Objects::nonNull).toList()));
                });
                case "overrides" -> children(e, "property").forEach(p -> children(p, "default").stream().findFirst()
                        .ifPresent(d -> overrides.put(p.getAttribute("name"), d.getTextContent().trim())));
                default -> {
                }
            }
        }
        return new ModelClass(c.getAttribute("name"), parent, aspects, properties, overrides);
    }

    private static Constraint constraint(Element c) {
        String expression = null;
        List<String> allowed = new ArrayList<>();
        Double min = null;
        Double max = null;
        for (Element p : children(c, "parameter")) {
            String value = children(p, "value").stream().findFirst().map(Node::getTextContent).orElse(null);
            switch (p.getAttribute("name")) {
                case "expression" -> expression = value;
                case "allowedValues" -> children(p, "list").forEach(l -> children(l, "value").forEach(v -> allowed.add(v.getTextContent().trim())));
                case "minValue" -> min = Double.valueOf(value.trim());
                case "maxValue" -> max = Double.valueOf(value.trim());
                default -> {
                }
            }
        }
        return new Constraint(c.getAttribute("type"), expression, List.copyOf(allowed), min, max);
    }

    private static List<Element> children(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element x && x.getTagName().equals(tag)) {
                out.add(x);
            }
        }
        return out;
    }

    /** The model's property of that name, if it has one. */
    Optional<Property> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** The class (type or aspect) that defines a property. */
    String owner(String property) {
        return owners.get(property);
    }

    boolean knows(String name) {
        return classes.containsKey(name);
    }

    /** The class and its ancestors in the model, nearest first (cm: classes end the chain: the model does not hold them). */
    List<String> lineage(String name) {
        List<String> out = new ArrayList<>();
        for (String c = name; c != null && !out.contains(c); c = classes.containsKey(c) ? classes.get(c).parent() : null) {
            out.add(c);
        }
        return out;
    }

    /** Every aspect a node of this type must carry, transitively. */
    Set<String> mandatoryAspects(String type) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(lineage(type));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (!seen.add(c) || !classes.containsKey(c)) {
                continue;
            }
            for (String a : classes.get(c).mandatoryAspects()) {
                out.add(a);
                todo.addAll(lineage(a));
            }
        }
        return out;
    }

    /** The defaults a class brings (a subtype's overrides win), as the repository fills them when the class is added. */
    Map<String, String> defaults(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> chain = lineage(name);
        for (int i = chain.size() - 1; i >= 0; i--) {
            ModelClass c = classes.get(chain.get(i));
            if (c != null) {
                c.properties().values().stream().filter(p -> p.defaultValue() != null).forEach(p -> out.put(p.name(), p.defaultValue()));
                out.putAll(c.overriddenDefaults());
            }
        }
        return out;
    }

    /** The enforced mandatory properties of a class and its ancestors. */
    List<String> enforced(String name) {
        List<String> out = new ArrayList<>();
        for (String c : lineage(name)) {
            if (classes.containsKey(c)) {
                classes.get(c).properties().values().stream().filter(p -> p.mandatory() && p.enforced()).forEach(p -> out.add(p.name()));
            }
        }
        return out;
    }
}
