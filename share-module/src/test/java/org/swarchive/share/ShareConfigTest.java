package org.swarchive.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** META-INF/share-config-custom.xml against the swa model: forms, Document Library, search, endpoint. */
class ShareConfigTest {

    /** Non-swa fields a Share form may show: the stock cm:content / cm:folder ones. */
    private static final Set<String> STOCK_FIELDS = Set.of("cm:name", "cm:title", "cm:description", "cm:creator",
            "cm:created", "cm:modifier", "cm:modified", "cm:taggable", "cm:content", "mimetype", "size", "app:editInline");

    private final Document config = Resources.xml(Resources.SHARE_CONFIG);
    private final SwaModel model = new SwaModel();

    private List<Element> configs(String evaluator) {
        return Resources.children(config.getDocumentElement(), "config").stream()
                .filter(c -> evaluator.equals(c.getAttribute("evaluator"))).toList();
    }

    private Element config(String evaluator, String condition) {
        return configs(evaluator).stream().filter(c -> condition.equals(c.getAttribute("condition"))).findFirst()
                .orElseThrow(() -> new AssertionError("no <config evaluator=\"" + evaluator + "\" condition=\"" + condition + "\">"));
    }

    private static Optional<Element> form(Element config, String id) {
        return Resources.all(config, "form").stream().filter(f -> id.equals(f.getAttribute("id"))).findFirst();
    }

    /** Every field a form names: shown, hidden or given an appearance. */
    private static Set<String> fieldIds(Element form) {
        Set<String> ids = new LinkedHashSet<>();
        for (String tag : List.of("show", "hide", "field")) {
            Resources.all(form, tag).forEach(e -> ids.add(e.getAttribute("id")));
        }
        return ids;
    }

    private static Set<String> shown(Element form) {
        return Resources.all(form, "show").stream().map(e -> e.getAttribute("id")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Test
    void should_be_well_formed_when_share_reads_the_config() {
        assertThat(config.getDocumentElement().getLocalName()).isEqualTo("alfresco-config");
        assertThat(Resources.children(config.getDocumentElement(), "config")).isNotEmpty();
    }

    @Test
    void should_name_only_existing_properties_when_a_form_lists_fields() {
        Map<String, List<String>> unknown = new TreeMap<>();
        for (String evaluator : List.of("node-type", "model-type", "aspect")) {
            for (Element c : configs(evaluator)) {
                String cls = c.getAttribute("condition");
                Set<String> allowed = evaluator.equals("aspect")
                        ? new LinkedHashSet<>(Optional.ofNullable(model.aspects.get(cls)).map(SwaModel.ClassDef::properties).orElse(List.of()))
                        : model.propertiesOfType(cls);
                for (Element f : Resources.all(c, "form")) {
                    for (String id : fieldIds(f)) {
                        boolean ok = id.startsWith("swa:") ? allowed.contains(id)
                                : !evaluator.equals("aspect") && STOCK_FIELDS.contains(id);
                        if (!ok) {
                            unknown.computeIfAbsent(evaluator + " " + cls + " form " + f.getAttribute("id"), k -> new ArrayList<>()).add(id);
                        }
                    }
                }
            }
        }
        assertThat(unknown).as("fields that are not properties of the form's type (with its mandatory aspects) or aspect").isEmpty();
        assertThat(model.allProperties()).as("the model is on the test classpath").contains("swa:docType");
    }

    @Test
    void should_have_view_edit_and_create_forms_when_a_swa_type_is_shown() {
        for (String type : model.types.keySet()) {
            Element nodeType = config("node-type", type);
            Element defaultForm = form(nodeType, "").orElseThrow(() -> new AssertionError("no default form for " + type));
            assertThat(form(nodeType, "doclib-simple-metadata")).as("pop-up edit form of " + type).isPresent();
            assertThat(shown(defaultForm)).as("view/edit form of " + type + " shows every property")
                    .containsAll(model.propertiesOfType(type));

            Element modelType = config("model-type", type);
            assertThat(form(modelType, "")).as("create form of " + type).isPresent();
        }
    }

    @Test
    void should_have_a_form_when_a_swa_aspect_is_applied() {
        for (Map.Entry<String, SwaModel.ClassDef> a : model.aspects.entrySet()) {
            Element form = form(config("aspect", a.getKey()), "").orElseThrow();
            assertThat(shown(form)).as("form of " + a.getKey()).containsExactlyInAnyOrderElementsOf(a.getValue().properties());
        }
    }

    @Test
    void should_group_every_swa_field_into_a_labelled_set_when_a_form_is_laid_out() {
        Set<String> labelIds = new LinkedHashSet<>();
        for (Element c : Resources.children(config.getDocumentElement(), "config")) {
            for (Element f : Resources.all(c, "form")) {
                Set<String> sets = Resources.all(f, "set").stream().map(s -> s.getAttribute("id")).collect(Collectors.toSet());
                Resources.all(f, "set").forEach(s -> labelIds.add(s.getAttribute("label-id")));
                for (Element field : Resources.all(f, "field")) {
                    if (field.getAttribute("id").startsWith("swa:")) {
                        assertThat(sets).as(c.getAttribute("condition") + " field " + field.getAttribute("id"))
                                .contains(field.getAttribute("set"));
                    }
                }
                for (String id : shown(f)) {
                    if (id.startsWith("swa:")) {
                        assertThat(Resources.all(f, "field")).as(c.getAttribute("condition") + " lays out " + id)
                                .anyMatch(e -> e.getAttribute("id").equals(id));
                    }
                }
            }
        }
        assertThat(labelIds).allMatch(id -> id.startsWith("form.set.label.swa."), "our set labels");
        ShareMessagesTest.assertLabelled(labelIds);
    }

    @Test
    void should_offer_every_swa_type_and_aspect_when_the_document_library_builds_its_menus() {
        Element doclib = config("string-compare", "DocumentLibrary");
        Map<String, Set<String>> subtypes = new TreeMap<>();
        for (Element t : Resources.all(Resources.child(doclib, "types"), "type")) {
            subtypes.put(t.getAttribute("name"), Resources.children(t, "subtype").stream()
                    .map(s -> s.getAttribute("name")).collect(Collectors.toSet()));
        }
        Set<String> records = model.types.keySet().stream().filter(model::isRecordType)
                .filter(t -> !t.equals("swa:record")).collect(Collectors.toSet());
        Set<String> folders = model.types.values().stream().filter(t -> "cm:folder".equals(t.parent()))
                .map(SwaModel.ClassDef::name).collect(Collectors.toSet());

        assertThat(subtypes.get("cm:content")).containsExactlyInAnyOrderElementsOf(records);
        // A record changed into the service's report would drop out of every check: not offered.
        assertThat(subtypes.values()).noneMatch(offered -> offered.contains("swa:readinessReport"));
        assertThat(subtypes.get("cm:folder")).containsExactlyInAnyOrderElementsOf(folders);

        // Share's merge and fallback are replayed in DocumentLibraryAspectsTest; here, what this file says.
        Element aspects = Resources.child(doclib, "aspects");
        Set<String> recordMandatory = Set.copyOf(model.types.get("swa:record").mandatoryAspects());
        Set<String> visible = names(Resources.child(aspects, "visible"));
        assertThat(visible).as("every aspect but those each record has from its type")
                .containsExactlyInAnyOrderElementsOf(model.aspects.keySet().stream()
                        .filter(a -> !recordMandatory.contains(a)).toList());
        assertThat(Resources.children(aspects, "addable")).as("empty: Share's own visible list, ours included").isEmpty();
        assertThat(Resources.children(aspects, "removeable")).as("empty: Share's own visible list, ours included").isEmpty();

        Set<String> keys = new LinkedHashSet<>();
        model.types.keySet().forEach(t -> keys.add("type." + t.replace(':', '_')));
        model.aspects.keySet().forEach(a -> keys.add("aspect." + a.replace(':', '_')));
        ShareMessagesTest.assertLabelled(keys);
    }

    /**
     * Share's Change Type sets no property (the repository's setType adds only defaults, docs/alfresco.md,
     * "Change Type"); an enforced one without a default fails the change (content-models
     * RecordTypeChangeTest). Every other mandatory property left empty is set next in the record's
     * edit forms: each must be there, editable.
     */
    @Test
    void should_let_the_archivist_set_what_change_type_leaves_empty_when_the_record_is_edited_next() {
        Element root = Resources.xml(SwaModel.RESOURCE).getDocumentElement();
        Map<String, Element> properties = new TreeMap<>();
        Resources.all(root, "property").stream().filter(p -> p.getParentNode().getLocalName().equals("properties"))
                .forEach(p -> properties.put(p.getAttribute("name"), p));
        Map<String, Set<String>> overridden = new TreeMap<>();
        for (Element t : Resources.all(root, "type")) {
            Set<String> defaults = new LinkedHashSet<>();
            Resources.children(t, "overrides").forEach(o -> Resources.children(o, "property").stream()
                    .filter(p -> !Resources.children(p, "default").isEmpty()).forEach(p -> defaults.add(p.getAttribute("name"))));
            overridden.put(t.getAttribute("name"), defaults);
        }

        Element doclib = config("string-compare", "DocumentLibrary");
        Set<String> offered = new LinkedHashSet<>();
        // The record types (the folder types' enforced codes are set by their create forms and swa station create).
        Resources.all(Resources.child(doclib, "types"), "subtype").stream().map(s -> s.getAttribute("name"))
                .filter(model::isRecordType).forEach(offered::add);
        assertThat(offered).hasSize(5);
        Map<String, List<String>> notSettable = new TreeMap<>();
        for (String type : offered) {
            Set<String> withDefault = new LinkedHashSet<>();
            for (SwaModel.ClassDef t = model.types.get(type); t != null; t = model.types.get(t.parent())) {
                withDefault.addAll(overridden.getOrDefault(t.name(), Set.of()));
            }
            for (String name : model.propertiesOfType(type)) {
                Element p = properties.get(name);
                List<Element> mandatory = Resources.children(p, "mandatory");
                boolean required = !mandatory.isEmpty() && mandatory.get(0).getTextContent().trim().equals("true");
                boolean hasDefault = !Resources.children(p, "default").isEmpty() || withDefault.contains(name);
                if (!required || hasDefault) {
                    continue;
                }
                assertThat(mandatory.get(0).getAttribute("enforced")).as(type + " " + name + ": not enforced").isNotEqualTo("true");
                for (String formId : List.of("", "doclib-simple-metadata")) {
                    Element form = form(config("node-type", type), formId).orElseThrow();
                    boolean shown = Resources.all(form, "show").stream()
                            .anyMatch(s -> s.getAttribute("id").equals(name) && !s.getAttribute("for-mode").equals("view"));
                    boolean readOnly = Resources.all(form, "field").stream()
                            .anyMatch(f -> f.getAttribute("id").equals(name) && f.getAttribute("read-only").equals("true"));
                    if (!shown || readOnly) {
                        notSettable.computeIfAbsent(type + " form '" + formId + "'", k -> new ArrayList<>()).add(name);
                    }
                }
            }
        }
        assertThat(notSettable).as("mandatory properties Change Type leaves empty that the edit forms cannot set").isEmpty();
    }

    private static Set<String> names(Element list) {
        return Resources.children(list, "aspect").stream().map(a -> a.getAttribute("name")).collect(Collectors.toSet());
    }

    @Test
    void should_search_records_by_the_archive_fields_when_advanced_search_is_used() {
        Element search = config("string-compare", "AdvancedSearch");
        assertThat(search.getAttribute("replace")).isEqualTo("true");
        List<Element> forms = Resources.all(search, "form");
        assertThat(forms).extracting(f -> f.getTextContent().trim()).containsExactly("cm:content", "cm:folder", "swa:record");
        Element records = forms.get(2);
        ShareMessagesTest.assertLabelled(Set.of(records.getAttribute("labelId"), records.getAttribute("descriptionId")));

        Element searchForm = form(config("model-type", "swa:record"), "search").orElseThrow();
        assertThat(shown(searchForm)).contains("swa:category", "swa:docType", "swa:period", "swa:archiveCode",
                "swa:retention", "swa:confidentiality");
    }

    @Test
    void should_show_status_icons_when_records_or_indicator_folders_need_attention() {
        Element doclib = config("string-compare", "DocumentLibrary");
        List<Element> indicators = Resources.all(Resources.child(doclib, "indicators"), "indicator");
        assertThat(indicators).extracting(i -> i.getAttribute("id"))
                .containsExactlyInAnyOrder("swa-evidence-gap", "swa-held", "swa-disposal-due", "swa-sensitive");

        Set<String> beans = ShareContextTest.beanIds();
        Set<String> labels = new LinkedHashSet<>();
        for (Element i : indicators) {
            String evaluator = Resources.child(i, "evaluator").getTextContent().trim();
            assertThat(beans).as("evaluator of " + i.getAttribute("id")).contains(evaluator);
            String icon = i.getAttribute("icon");
            // icons resolve relative to res/components/documentlibrary/indicators/; the jar serves META-INF/resources/
            String resolved = java.nio.file.Path.of("components/documentlibrary/indicators").resolve(icon).normalize().toString();
            assertThat(Resources.exists("META-INF/resources/" + resolved)).as("icon " + icon).isTrue();
            labels.add(i.getAttribute("label").isEmpty() ? "status." + i.getAttribute("id") : i.getAttribute("label"));
        }
        ShareMessagesTest.assertLabelled(labels);
    }

    @Test
    void should_use_existing_evaluators_and_labels_when_metadata_lines_and_create_menu_are_drawn() {
        Element doclib = config("string-compare", "DocumentLibrary");
        Set<String> beans = ShareContextTest.beanIds();
        Set<String> keys = new LinkedHashSet<>();
        for (Element t : Resources.all(Resources.child(doclib, "metadata-templates"), "template")) {
            assertThat(beans).contains(Resources.child(t, "evaluator").getTextContent().trim());
            for (Element line : Resources.children(t, "line")) {
                var m = java.util.regex.Pattern.compile("\\{(swa_\\w+) (label\\.swa\\.\\w+)}").matcher(line.getTextContent());
                while (m.find()) {
                    assertThat(model.allProperties()).contains(m.group(1).replaceFirst("_", ":"));
                    keys.add(m.group(2));
                }
            }
        }
        for (Element c : Resources.all(Resources.child(doclib, "create-content"), "content")) {
            keys.add(c.getAttribute("label"));
            String page = Resources.child(c, "param").getTextContent();
            String itemId = page.substring(page.indexOf("itemId=") + "itemId=".length());
            assertThat(model.types).as(page).containsKey(itemId);
        }
        assertThat(keys).isNotEmpty();
        ShareMessagesTest.assertLabelled(keys);
    }

    @Test
    void should_reach_the_platform_service_when_share_calls_the_swarchive_endpoint() {
        Element endpoint = Resources.all(config("string-compare", "Remote"), "endpoint").stream()
                .filter(e -> Resources.child(e, "id").getTextContent().trim().equals("swarchive")).findFirst().orElseThrow();

        assertThat(Resources.child(endpoint, "endpoint-url").getTextContent().trim()).isEqualTo("http://swa-platform:8080");
        // As the signed-in Share user: the alfresco connector passes their ticket, shared with the alfresco endpoint's session.
        assertThat(Resources.child(endpoint, "connector-id").getTextContent().trim()).isEqualTo("alfresco");
        assertThat(Resources.child(endpoint, "identity").getTextContent().trim()).isEqualTo("user");
        assertThat(Resources.child(endpoint, "parent-id").getTextContent().trim()).isEqualTo("alfresco");
        assertThat(Resources.text(Resources.DASHLET + ".js")).as("the dashlet reaches the service by endpoint id only, so the URL stays overridable")
                .doesNotContain("http://", "https://", "swa-platform");
    }
}
