package org.swarchive.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SwaModelTest {

    private final SwaModel model = SwaModel.load();

    /** docs/domain.md §3: the record properties every store and the platform rely on. */
    private static final List<String> DOMAIN_PROPERTIES = List.of(
            "swa:docType", "swa:category", "swa:period", "swa:documentDate", "swa:staffId", "swa:caseId",
            "swa:employedFrom", "swa:employedUntil", "swa:caseOpened", "swa:caseClosed", "swa:hours",
            "swa:retention", "swa:retentionEventDate", "swa:archiveCode", "swa:confidentiality",
            "swa:indicators", "swa:hold", "swa:holdReason");

    @Test
    void should_declare_the_swa_namespace_when_the_model_is_parsed() {
        Element root = model.document.getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo(SwaModel.DICTIONARY_NS);
        assertThat(root.getLocalName()).isEqualTo("model");
        assertThat(root.getAttribute("name")).isEqualTo("swa:stationArchives");
        Element ns = SwaModel.children(SwaModel.child(root, "namespaces").orElseThrow(), "namespace").get(0);
        assertThat(ns.getAttribute("uri")).isEqualTo("http://www.swarchive.org/model/swa/1.0");
        assertThat(ns.getAttribute("prefix")).isEqualTo("swa");
    }

    @Test
    void should_define_the_contract_types_and_aspects_when_the_model_is_loaded() {
        assertThat(model.types.keySet()).containsExactly(
                "swa:record", "swa:documentRecord", "swa:serviceRecord", "swa:financeRecord", "swa:assetRecord",
                "swa:personnelRecord", "swa:station", "swa:categoryFolder", "swa:evidenceFolder", "swa:readinessReport");
        assertThat(model.aspects.keySet()).containsExactlyInAnyOrder(
                "swa:retention", "swa:held", "swa:evidenceLinked", "swa:subject", "swa:confidential", "swa:pendingFiling");
        assertThat(model.types.get("swa:record").parent()).isEqualTo("cm:content");
        assertThat(model.types.get("swa:station").parent()).isEqualTo("cm:folder");
        assertThat(model.types.get("swa:categoryFolder").parent()).isEqualTo("cm:folder");
        assertThat(model.types.get("swa:evidenceFolder").parent()).isEqualTo("cm:folder");
        // The service's report is content, not a record: it carries none of a record's mandatory aspects.
        assertThat(model.types.get("swa:readinessReport").parent()).isEqualTo("cm:content");
        assertThat(model.types.get("swa:readinessReport").mandatoryAspects()).isEmpty();
        for (String record : List.of("swa:documentRecord", "swa:serviceRecord", "swa:financeRecord",
                "swa:assetRecord", "swa:personnelRecord")) {
            assertThat(model.types.get(record).parent()).as(record).isEqualTo("swa:record");
        }
    }

    @Test
    void should_declare_every_domain_property_when_the_model_is_loaded() {
        Set<String> declared = model.properties().stream().map(SwaModel.Property::name).collect(Collectors.toSet());

        assertThat(declared).containsAll(DOMAIN_PROPERTIES);
        assertThat(model.property("swa:indicators").orElseThrow().multiple()).isTrue();
        assertThat(model.property("swa:hold").orElseThrow().dataType()).isEqualTo("d:boolean");
    }

    @Test
    void should_keep_the_filings_confidentiality_note_on_the_record_when_it_leaves_the_inbox() {
        // Filing writes why it raised the level beside the level itself; swa:filingNote belongs to
        // swa:pendingFiling, which a filed record loses (and which setting that note would add back).
        SwaModel.Property note = model.property("swa:confidentialityNote").orElseThrow();
        assertThat(note.owner()).isEqualTo("swa:confidential");
        assertThat(note.dataType()).isEqualTo("d:text");
        assertThat(note.mandatory()).isFalse();
        assertThat(model.property("swa:filingNote").orElseThrow().owner()).isEqualTo("swa:pendingFiling");
    }

    @Test
    void should_keep_qualified_names_distinct_when_types_aspects_and_properties_are_named() {
        // Alfresco's dictionary keeps classes, properties and constraints apart (cm:author is both an
        // aspect and a property), so names must be unique within each kind, not across kinds.
        List<String> classes = new ArrayList<>();
        model.classes().forEach(c -> classes.add(c.name()));
        List<String> properties = new ArrayList<>();
        model.properties().forEach(p -> properties.add(p.name()));
        for (List<String> names : List.of(classes, properties, new ArrayList<>(model.constraints.keySet()))) {
            Set<String> seen = new HashSet<>();
            assertThat(names.stream().filter(n -> !seen.add(n)).toList()).as("names declared twice").isEmpty();
            assertThat(names).allMatch(n -> n.startsWith("swa:"), "in the swa namespace");
        }
    }

    @Test
    void should_define_the_aspect_the_domain_reference_metadata_example_names() {
        // docs/domain.md §3: <entry key="aspects">swa:retention</entry>, bulk-imported into Alfresco unchanged.
        assertThat(model.aspects.keySet()).contains("swa:retention");
        assertThat(model.aspects.get("swa:retention").properties()).extracting(p -> p.name())
                .contains("swa:retention", "swa:retentionEventDate");
    }

    @Test
    void should_resolve_every_reference_when_classes_name_parents_aspects_and_constraints() {
        Set<String> known = new HashSet<>(model.types.keySet());
        known.addAll(Set.of("cm:content", "cm:folder"));

        model.types.values().forEach(t -> assertThat(known).as("parent of " + t.name()).contains(t.parent()));
        model.classes().forEach(c -> assertThat(model.aspects.keySet())
                .as("mandatory aspects of " + c.name()).containsAll(c.mandatoryAspects()));
        model.properties().forEach(p -> assertThat(model.constraints.keySet())
                .as("constraints of " + p.name()).containsAll(p.constraintRefs()));
    }

    @Test
    void should_index_codes_untokenised_and_facetable_when_a_text_property_is_constrained() {
        List<SwaModel.Property> codes = model.properties().stream().filter(SwaModel.Property::isCode).toList();

        assertThat(codes).extracting(SwaModel.Property::name)
                .contains("swa:docType", "swa:category", "swa:period", "swa:retention", "swa:archiveCode",
                        "swa:confidentiality", "swa:indicators", "swa:staffId", "swa:caseId");
        for (SwaModel.Property code : codes) {
            assertThat(code.index()).as(code.name() + " has an index element").isPresent();
            assertThat(code.index().get().getAttribute("enabled")).as(code.name()).isEqualTo("true");
            assertThat(code.indexFlag("tokenised")).as(code.name() + " tokenised").isFalse();
            assertThat(SwaModel.child(code.index().get(), "tokenised")).as(code.name() + " says tokenised=false").isPresent();
            assertThat(code.indexFlag("facetable")).as(code.name() + " facetable").isTrue();
        }
    }

    @Test
    void should_enforce_the_values_a_record_is_meaningless_without_when_nodes_are_saved() {
        // Required, not enforced: Share's Change Type cannot set it (RecordTypeChangeTest); the filer always does.
        assertThat(model.property("swa:docType").orElseThrow().mandatory()).isTrue();
        assertThat(model.property("swa:docType").orElseThrow().enforced()).isFalse();
        assertThat(model.property("swa:confidentiality").orElseThrow().enforced()).isTrue();
        assertThat(model.property("swa:confidentiality").orElseThrow().defaultValue()).isEqualTo("internal");
        assertThat(model.property("swa:stationCode").orElseThrow().enforced()).isTrue();
        assertThat(model.property("swa:indicatorCode").orElseThrow().enforced()).isTrue();
        // relaxed: derived by the platform, a missing value marks the node incomplete instead of failing
        assertThat(model.property("swa:category").orElseThrow().mandatory()).isTrue();
        assertThat(model.property("swa:retention").orElseThrow().mandatory()).isTrue();
        assertThat(model.types.get("swa:record").mandatoryAspects()).containsExactlyInAnyOrder("swa:retention", "swa:confidential");
    }

    @Test
    void should_default_each_record_subtype_to_its_category_when_a_record_is_created() {
        Map<String, String> expected = Map.of(
                "swa:documentRecord", "documents", "swa:serviceRecord", "service", "swa:financeRecord", "finance",
                "swa:assetRecord", "assets", "swa:personnelRecord", "personnel");

        expected.forEach((type, category) -> assertThat(model.types.get(type).overriddenDefaults())
                .as(type).containsEntry("swa:category", category));
        assertThat(expected.values()).containsExactlyInAnyOrderElementsOf(
                model.constraint("swa:categoryList").allowedValues());
    }

    @Test
    void should_attach_the_subject_when_records_belong_to_staff_or_cases() {
        assertThat(model.types.get("swa:serviceRecord").mandatoryAspects()).contains("swa:subject");
        assertThat(model.types.get("swa:personnelRecord").mandatoryAspects()).contains("swa:subject");
        assertThat(model.aspects.get("swa:subject").properties()).extracting(SwaModel.Property::name)
                .containsExactly("swa:staffId", "swa:caseId");
    }

    @Test
    void should_list_constraint_values_without_duplicates_when_lists_are_declared() {
        model.constraints.values().stream().filter(c -> c.type().equals("LIST")).forEach(c -> {
            assertThat(c.allowedValues()).as(c.name()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(c.parameters().get("caseSensitive")).as(c.name()).containsExactly("true");
        });
        assertThat(model.constraint("swa:categoryList").allowedValues())
                .containsExactly("documents", "service", "finance", "assets", "personnel");
        assertThat(model.constraint("swa:confidentialityList").allowedValues())
                .containsExactly("public", "internal", "confidential", "sensitive");
        assertThat(model.constraint("swa:docTypeList").allowedValues()).hasSize(50).startsWith("policy").endsWith("recruitment");
    }
}
