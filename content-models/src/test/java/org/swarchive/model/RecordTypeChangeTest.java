package org.swarchive.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A document becomes a record the way Share's "Change Type" makes it one, and the transaction commits.
 *
 * <p>Share posts the new type to the repository's {@code slingshot/doclib/type/node} web script, which
 * calls {@code ScriptNode.specializeType}, i.e. {@code NodeService.setType} with no properties
 * (docs/alfresco.md, "Change Type"). {@code DbNodeServiceImpl.setType} adds the type's mandatory
 * aspects and the default values of the type and of those aspects, nothing else. Adding those aspects
 * queues a {@code PropertiesIntegrityEvent} (IntegrityChecker.onAddAspect), which checks the whole node
 * before commit: a property that is mandatory
 * <em>and enforced</em> without a value fails the transaction ("Mandatory property not set"), as does
 * a value its constraints refuse; a mandatory property that is not enforced only gets the node tagged
 * {@code sys:incomplete} ({@code IncompleteNodeTagger}). This test replays those three steps on the
 * model; it does not run Alfresco.
 */
class RecordTypeChangeTest {

    private static final SwaModel MODEL = SwaModel.load();

    /** The properties set before the change: those of a plain cm:content (none of ours). */
    private static final Map<String, String> PLAIN_DOCUMENT = Map.of();

    /** What the node carries after setType: its aspects and property values. */
    record Node(String type, Set<String> aspects, Map<String, String> properties) {
    }

    /** DbNodeServiceImpl.setType → addAspectsAndProperties: missing mandatory aspects (recursively), then default values. */
    static Node setType(String type, Map<String, String> existing) {
        Set<String> aspects = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(mandatoryAspects(type));
        while (!pending.isEmpty()) {
            String aspect = pending.remove(0);
            if (aspects.add(aspect)) {
                pending.addAll(mandatoryAspects(aspect));
            }
        }
        Map<String, String> properties = new LinkedHashMap<>(existing);
        defaults(type).forEach(properties::putIfAbsent);
        aspects.forEach(a -> defaults(a).forEach(properties::putIfAbsent));
        return new Node(type, aspects, properties);
    }

    /** PropertiesIntegrityEvent.checkAllProperties: enforced mandatory values present, every value within its constraints. */
    static List<String> integrityViolations(Node node) {
        List<String> violations = new ArrayList<>();
        List<SwaModel.Property> checked = new ArrayList<>(properties(node.type()));
        node.aspects().forEach(a -> checked.addAll(properties(a)));
        for (SwaModel.Property p : checked) {
            String value = node.properties().get(p.name());
            if (p.mandatory() && p.enforced() && value == null) {
                violations.add("Mandatory property not set: " + p.name() + " (" + p.owner() + ")");
                continue;
            }
            if (value != null) {
                for (String ref : p.constraintRefs()) {
                    SwaModel.Constraint c = MODEL.constraint(ref);
                    boolean ok = switch (c.type()) {
                        case "LIST" -> c.allowedValues().contains(value);
                        case "REGEX" -> c.pattern().matcher(value).matches();
                        default -> true;
                    };
                    if (!ok) {
                        violations.add("Invalid property value: " + p.name() + "=" + value + " (" + ref + ")");
                    }
                }
            }
        }
        return violations;
    }

    /** IncompleteNodeTagger.checkProperties: soft mandatory properties left without a value. */
    static Set<String> incomplete(Node node) {
        Set<String> missing = new TreeSet<>();
        List<SwaModel.Property> checked = new ArrayList<>(properties(node.type()));
        node.aspects().forEach(a -> checked.addAll(properties(a)));
        checked.stream().filter(p -> p.mandatory() && !p.enforced() && node.properties().get(p.name()) == null)
                .forEach(p -> missing.add(p.name()));
        return missing;
    }

    /** The class and its swa ancestors, nearest first (cm:content and above bring nothing mandatory a document lacks). */
    private static List<SwaModel.ClassDef> lineage(String name) {
        List<SwaModel.ClassDef> out = new ArrayList<>();
        for (SwaModel.ClassDef c = classDef(name); c != null; c = c.parent() == null ? null : classDef(c.parent())) {
            out.add(c);
        }
        return out;
    }

    private static SwaModel.ClassDef classDef(String name) {
        return MODEL.types.containsKey(name) ? MODEL.types.get(name) : MODEL.aspects.get(name);
    }

    private static List<String> mandatoryAspects(String name) {
        List<String> out = new ArrayList<>();
        lineage(name).forEach(c -> out.addAll(c.mandatoryAspects()));
        return out;
    }

    private static List<SwaModel.Property> properties(String name) {
        List<SwaModel.Property> out = new ArrayList<>();
        lineage(name).forEach(c -> out.addAll(c.properties()));
        return out;
    }

    /** ClassDefinition.getDefaultValues: the declared defaults, a subtype's override winning over its parent's. */
    private static Map<String, String> defaults(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SwaModel.ClassDef c : lineage(name)) {
            c.overriddenDefaults().forEach(out::putIfAbsent);
            c.properties().stream().filter(p -> p.defaultValue() != null).forEach(p -> out.putIfAbsent(p.name(), p.defaultValue()));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"swa:documentRecord", "swa:serviceRecord", "swa:financeRecord", "swa:assetRecord", "swa:personnelRecord"})
    void should_commit_the_change_when_share_changes_a_document_into_a_record_type(String recordType) {
        Node node = setType(recordType, PLAIN_DOCUMENT);

        assertThat(node.aspects()).as("mandatory aspects added").contains("swa:retention", "swa:confidential");
        assertThat(integrityViolations(node)).as("the integrity checker's findings at commit").isEmpty();
        // What the archivist (Share's edit form, docs/alfresco.md) or the platform's filer then sets.
        assertThat(incomplete(node)).as("left for the edit form, the node tagged sys:incomplete until then")
                .containsExactlyInAnyOrder("swa:docType", "swa:retention");
    }

    @ParameterizedTest
    @ValueSource(strings = {"swa:documentRecord", "swa:serviceRecord", "swa:financeRecord", "swa:assetRecord", "swa:personnelRecord"})
    void should_commit_the_filers_update_when_the_platform_sets_the_doc_type_on_filing(String recordType) {
        Node node = setType(recordType, Map.of("swa:docType", "work-log", "swa:retention", "D10"));

        assertThat(integrityViolations(node)).isEmpty();
        assertThat(incomplete(node)).isEmpty();
        assertThat(integrityViolations(setType(recordType, Map.of("swa:docType", "no-such-type"))))
                .as("the doc type list still refuses what the catalogue does not know").isNotEmpty();
    }
}
