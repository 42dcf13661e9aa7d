package org.swarchive.store;

import org.swarchive.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.swarchive.archive.LocalizedText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The value rules of the {@code swa} content model, read from the model XML itself (the
 * content-models jar), so both stores judge a record's values alike — the folder store refuses exactly what Alfresco would refuse: the
 * property's data type, LIST, REGEX and MINMAX constraints, and properties the model lacks.
 */
public final class ModelConstraints {

    public static final String MODEL = "alfresco/module/swarchive-content-models/model/swa-model.xml";

    private final Map<String, PropertyRule> properties;
    /** Each type's and aspect's parent and its own mandatory aspects, as the model declares them. */
    private final Map<String, String> parents;
    private final Map<String, List<String>> mandatoryAspects;

    private ModelConstraints(Map<String, PropertyRule> properties, Map<String, String> parents, Map<String, List<String>> mandatoryAspects) {
        this.properties = Map.copyOf(properties);
        this.parents = Map.copyOf(parents);
        this.mandatoryAspects = Map.copyOf(mandatoryAspects);
    }

    /** The model shipped in the content-models jar on the classpath. */
    public static ModelConstraints shipped() {
        try (InputStream in = ModelConstraints.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the content model " + MODEL + " is missing from the classpath");
            }
            return parse(in);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the content model " + MODEL + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static ModelConstraints parse(InputStream in) throws IOException, ParserConfigurationException, SAXException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(in);

        Map<String, Check> named = new HashMap<>();
        NodeList constraints = doc.getElementsByTagName("constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element c = (Element) constraints.item(i);
            if (c.hasAttribute("name") && c.hasAttribute("type")) {
                named.put(c.getAttribute("name"), check(c));
            }
        }
        Map<String, PropertyRule> rules = new HashMap<>();
        NodeList props = doc.getElementsByTagName("property");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if (p.getParentNode().getNodeName().equals("overrides")) {
                continue; // a subtype's default, not a definition
            }
            List<Check> checks = new ArrayList<>();
            NodeList refs = p.getElementsByTagName("constraint");
            for (int j = 0; j < refs.getLength(); j++) {
                Element r = (Element) refs.item(j);
                Check c = r.hasAttribute("ref") ? named.get(r.getAttribute("ref")) : check(r);
                if (c != null) {
                    checks.add(c);
                }
            }
            rules.putIfAbsent(p.getAttribute("name"), new PropertyRule(text(p, "type"), "true".equals(text(p, "multiple")), checks));
        }
        Map<String, String> parents = new HashMap<>();
        Map<String, List<String>> mandatory = new HashMap<>();
        for (String kind : List.of("type", "aspect")) {
            NodeList classes = doc.getElementsByTagName(kind);
            for (int i = 0; i < classes.getLength(); i++) {
                Element c = (Element) classes.item(i);
                if (!c.hasAttribute("name")) {
                    continue; // an <aspect> inside <mandatory-aspects>
                }
                String parent = text(c, "parent");
                if (parent != null && !parent.isBlank()) {
                    parents.put(c.getAttribute("name"), parent.trim());
                }
                List<String> aspects = new ArrayList<>();
                NodeList lists = c.getElementsByTagName("mandatory-aspects");
                for (int j = 0; j < lists.getLength(); j++) {
                    NodeList names = ((Element) lists.item(j)).getElementsByTagName("aspect");
                    for (int k = 0; k < names.getLength(); k++) {
                        aspects.add(names.item(k).getTextContent().trim());
                    }
                }
                mandatory.put(c.getAttribute("name"), List.copyOf(aspects));
            }
        }
        return new ModelConstraints(rules, parents, mandatory);
    }

    /**
     * The aspects a node of this type (or with this aspect) must carry: its own and its parents'
     * mandatory aspects, and theirs in turn. The repository adds them when the type is set and
     * refuses at commit an update that leaves one out ("Mandatory aspect not set"), so an update
     * that names a node's whole aspect list has to name these too. Classes outside the model: none.
     */
    public java.util.Set<String> mandatoryAspects(String typeOrAspect) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(typeOrAspect));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (!seen.add(c)) {
                continue;
            }
            for (String a : mandatoryAspects.getOrDefault(c, List.of())) {
                out.add(a);
                todo.add(a);
            }
            if (parents.containsKey(c)) {
                todo.add(parents.get(c));
            }
        }
        return out;
    }

    /** Whether the model declares the property multi-valued ({@code <multiple>true</multiple>}): its values go to Alfresco as a list. */
    public boolean multiValued(String property) {
        PropertyRule rule = properties.get(property);
        return rule != null && rule.multiple();
    }

    /** Property names the model defines. */
    public java.util.Set<String> propertyNames() {
        return properties.keySet();
    }

    /**
     * Why the model refuses this value, or empty. Keys outside the {@code swa:} namespace are
     * Alfresco's own ({@code cm:title}) and {@code type}/{@code aspects} are bulk-import keys: not
     * ours to judge.
     */
    /**
     * Takes out of {@code raw} every value the model refuses (what Alfresco would refuse) and says
     * why; doc types are left to the catalogue, which a station may extend.
     */
    public java.util.List<org.swarchive.archive.FieldProblem> removeInvalid(java.util.Map<String, String> raw) {
        java.util.List<org.swarchive.archive.FieldProblem> problems = new java.util.ArrayList<>();
        String confidentiality = org.swarchive.archive.RecordProperty.CONFIDENTIALITY.key();
        boolean[] badLevel = {false};
        raw.entrySet().removeIf(e -> {
            Optional<LocalizedText> p = e.getKey().equals(org.swarchive.archive.RecordProperty.DOC_TYPE.key())
                    ? Optional.empty()
                    : problemWith(e.getKey(), e.getValue().trim());
            p.ifPresent(reason -> problems.add(new org.swarchive.archive.FieldProblem(e.getKey(), e.getValue().trim(), reason)));
            badLevel[0] |= p.isPresent() && e.getKey().equals(confidentiality) && !e.getValue().isBlank();
            return p.isPresent();
        });
        if (badLevel[0]) {
            // A level outside the list is reported AND read as sensitive (docs/domain.md §6.3): dropping
            // it would leave the record unmarked, open to evaluators, on both stores.
            raw.put(confidentiality, org.swarchive.archive.Confidentiality.SENSITIVE.id());
        }
        return problems;
    }

    public Optional<LocalizedText> problemWith(String key, String value) {
        if (!key.startsWith("swa:")) {
            return Optional.empty();
        }
        PropertyRule rule = properties.get(key);
        if (rule == null) {
            return Optional.of(problem("filing.model.unknown-property", key));
        }
        List<String> values = rule.multiple() ? List.of(value.split("\\s*,\\s*")) : List.of(value);
        for (String v : values) {
            Optional<LocalizedText> p = rule.problemWith(v.trim());
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private record PropertyRule(String type, boolean multiple, List<Check> checks) {
        Optional<LocalizedText> problemWith(String v) {
            Optional<LocalizedText> typeProblem = typeProblem(v);
            if (typeProblem.isPresent()) {
                return typeProblem;
            }
            for (Check c : checks) {
                Optional<LocalizedText> p = c.problemWith(v);
                if (p.isPresent()) {
                    return p;
                }
            }
            return Optional.empty();
        }

        private Optional<LocalizedText> typeProblem(String v) {
            try {
                switch (type) {
                    case "d:date" -> {
                        if (org.swarchive.archive.RecordProperty.isoDate(v).isEmpty()) {
                            throw new IllegalArgumentException();
                        }
                    }
                    case "d:int", "d:long" -> Long.parseLong(v);
                    case "d:float", "d:double" -> new BigDecimal(v);
                    case "d:boolean" -> {
                        if (!v.equals("true") && !v.equals("false")) {
                            throw new IllegalArgumentException();
                        }
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
                return Optional.empty();
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return Optional.of(problem("filing.model.type", v, type));
            }
        }
    }

    /** One constraint of the model. */
    private sealed interface Check permits ListCheck, RegexCheck, MinMaxCheck {
        Optional<LocalizedText> problemWith(String v);
    }

    private record ListCheck(String name, List<String> allowed) implements Check {
        public Optional<LocalizedText> problemWith(String v) {
            return allowed.contains(v) ? Optional.empty() : Optional.of(problem("filing.model.list", v, name));
        }
    }

    private record RegexCheck(String name, Pattern pattern, boolean requiresMatch) implements Check {
        public Optional<LocalizedText> problemWith(String v) {
            return pattern.matcher(v).matches() == requiresMatch ? Optional.empty() : Optional.of(problem("filing.model.regex", v, name));
        }
    }

    private record MinMaxCheck(String name, BigDecimal min, BigDecimal max) implements Check {
        public Optional<LocalizedText> problemWith(String v) {
            try {
                BigDecimal d = new BigDecimal(v);
                boolean ok = (min == null || d.compareTo(min) >= 0) && (max == null || d.compareTo(max) <= 0);
                return ok ? Optional.empty() : Optional.of(problem("filing.model.range", v, name));
            } catch (NumberFormatException e) {
                return Optional.of(problem("filing.model.number", v));
            }
        }
    }

    private static LocalizedText problem(String key, Object... args) {
        return LocalizedText.from(Message.of(key, args));
    }

    private static Check check(Element c) {
        String name = c.hasAttribute("name") ? c.getAttribute("name") : "inline";
        Map<String, List<String>> params = new HashMap<>();
        NodeList ps = c.getElementsByTagName("parameter");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            List<String> values = new ArrayList<>();
            NodeList vs = p.getElementsByTagName("value");
            for (int j = 0; j < vs.getLength(); j++) {
                values.add(vs.item(j).getTextContent().trim());
            }
            params.put(p.getAttribute("name"), values);
        }
        return switch (c.getAttribute("type")) {
            case "LIST" -> new ListCheck(name, params.getOrDefault("allowedValues", List.of()));
            case "REGEX" -> new RegexCheck(name, Pattern.compile(first(params, "expression")),
                    !"false".equals(first(params, "requiresMatch")));
            case "MINMAX" -> new MinMaxCheck(name, decimal(first(params, "minValue")), decimal(first(params, "maxValue")));
            default -> null;
        };
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> v = params.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static BigDecimal decimal(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    private static String text(Element parent, String tag) {
        NodeList n = parent.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().trim();
    }
}
