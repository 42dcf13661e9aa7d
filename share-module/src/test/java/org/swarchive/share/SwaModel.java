package org.swarchive.share;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/** The swa content model read from the content-models jar on the test classpath. */
final class SwaModel {

    static final String RESOURCE = "alfresco/module/swarchive-content-models/model/swa-model.xml";

    record ClassDef(String name, String parent, List<String> properties, List<String> mandatoryAspects) {
    }

    final Map<String, ClassDef> types = new LinkedHashMap<>();
    final Map<String, ClassDef> aspects = new LinkedHashMap<>();
    final Map<String, List<String>> listValues = new LinkedHashMap<>();

    SwaModel() {
        Element root = Resources.xml(RESOURCE).getDocumentElement();
        Resources.children(Resources.child(root, "types"), "type").forEach(t -> types.put(t.getAttribute("name"), read(t)));
        Resources.children(Resources.child(root, "aspects"), "aspect").forEach(a -> aspects.put(a.getAttribute("name"), read(a)));
        Resources.children(Resources.child(root, "constraints"), "constraint").stream()
                .filter(c -> c.getAttribute("type").equals("LIST"))
                .forEach(c -> listValues.put(c.getAttribute("name"),
                        Resources.all(c, "value").stream()
                                .filter(v -> v.getParentNode().getLocalName().equals("list"))
                                .map(v -> v.getTextContent().trim()).toList()));
    }

    private static ClassDef read(Element c) {
        List<String> props = new ArrayList<>();
        Resources.children(c, "properties").forEach(ps -> Resources.children(ps, "property")
                .forEach(p -> props.add(p.getAttribute("name"))));
        List<String> mandatory = new ArrayList<>();
        Resources.children(c, "mandatory-aspects").forEach(m -> Resources.children(m, "aspect")
                .forEach(a -> mandatory.add(a.getTextContent().trim())));
        List<Element> parent = Resources.children(c, "parent");
        return new ClassDef(c.getAttribute("name"), parent.isEmpty() ? null : parent.get(0).getTextContent().trim(),
                props, mandatory);
    }

    /** Properties a node of this type always has: its own, its ancestors', their mandatory aspects'. */
    Set<String> propertiesOfType(String type) {
        Set<String> out = new LinkedHashSet<>();
        for (ClassDef t = types.get(type); t != null; t = types.get(t.parent())) {
            out.addAll(t.properties());
            t.mandatoryAspects().forEach(a -> out.addAll(aspects.get(a).properties()));
        }
        return out;
    }

    Set<String> allProperties() {
        Set<String> out = new LinkedHashSet<>();
        types.values().forEach(t -> out.addAll(t.properties()));
        aspects.values().forEach(a -> out.addAll(a.properties()));
        return out;
    }

    Set<String> allClasses() {
        Set<String> out = new LinkedHashSet<>(types.keySet());
        out.addAll(aspects.keySet());
        return out;
    }

    /** A record type: swa:record or one of its subtypes (the service's own readiness report is content, not a record). */
    boolean isRecordType(String type) {
        for (ClassDef t = types.get(type); t != null; t = types.get(t.parent())) {
            if ("swa:record".equals(t.name())) {
                return true;
            }
        }
        return false;
    }
}
