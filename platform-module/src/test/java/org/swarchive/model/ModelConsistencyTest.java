package org.swarchive.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.Category;
import org.swarchive.archive.Confidentiality;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordProperty;
import org.swarchive.archive.Retention;
import org.swarchive.i18n.Language;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One source of truth: the swa content model (content-models jar, on this module's classpath) and
 * the platform's catalogue and enums must say the same thing.
 */
class ModelConsistencyTest {

    private static final String DICTIONARY_NS = "http://www.alfresco.org/model/dictionary/1.0";
    private static final String MODEL = "alfresco/module/swarchive-content-models/model/swa-model.xml";
    private static final String LABELS = "alfresco/module/swarchive-content-models/messages/swa-model";
    private static final String CATALOGUE = "catalogue/doc-types.yaml";

    private static final Document MODEL_XML = parse(MODEL);

    @Test
    void should_list_every_catalogue_doc_type_in_the_model_when_both_are_loaded() {
        List<String> catalogue = catalogueDocTypes().stream().map(d -> (String) d.get("id")).toList();
        List<String> model = listValues("swa:docTypeList");

        assertThat(catalogue).as("catalogue ids").isNotEmpty().doesNotHaveDuplicates();
        assertThat(model).as("doc types missing from swa:docTypeList").containsAll(catalogue);
        assertThat(catalogue).as("swa:docTypeList values that are not in the catalogue").containsAll(model);
        assertThat(model).as("same order as the catalogue").containsExactlyElementsOf(catalogue);
    }

    @Test
    void should_match_the_category_enum_when_the_model_lists_categories() {
        List<String> ids = Arrays.stream(Category.values()).map(Category::id).toList();

        assertThat(listValues("swa:categoryList")).containsExactlyElementsOf(ids);
    }

    @Test
    void should_match_the_confidentiality_enum_when_the_model_lists_levels() {
        List<String> ids = Arrays.stream(Confidentiality.values()).map(Confidentiality::id).toList();

        assertThat(listValues("swa:confidentialityList")).containsExactlyElementsOf(ids);
    }

    @Test
    void should_declare_every_record_property_when_the_platform_reads_or_writes_it() {
        Set<String> declared = modelProperties().keySet();

        List<String> missing = Arrays.stream(RecordProperty.values()).map(RecordProperty::key)
                .filter(k -> !declared.contains(k)).toList();
        assertThat(missing).as("RecordProperty keys missing from the swa model").isEmpty();
    }

    @Test
    void should_constrain_each_record_property_like_the_platform_when_values_are_checked() {
        Map<String, List<String>> constraints = modelProperties();

        assertThat(constraints.get(RecordProperty.DOC_TYPE.key())).contains("swa:docTypeList");
        assertThat(constraints.get(RecordProperty.CATEGORY.key())).contains("swa:categoryList");
        assertThat(constraints.get(RecordProperty.CONFIDENTIALITY.key())).contains("swa:confidentialityList");
        assertThat(constraints.get(RecordProperty.PERIOD.key())).contains("swa:periodRegex");
        assertThat(constraints.get(RecordProperty.RETENTION.key())).contains("swa:retentionRegex");
        assertThat(constraints.get(RecordProperty.ARCHIVE_CODE.key())).contains("swa:archiveCodeRegex");
    }

    @Test
    void should_accept_every_code_the_retention_types_produce_when_checked_against_the_model() {
        Pattern regex = expression("swa:retentionRegex");
        List<String> codes = new ArrayList<>();
        codes.add(new Retention.Permanent().code());
        IntStream.rangeClosed(1, 999).forEach(n -> {
            codes.add(new Retention.Fixed(n).code());
            codes.add(new Retention.AfterEvent(n).code());
        });

        assertThat(codes).allMatch(c -> regex.matcher(c).matches(), "matches swa:retentionRegex");
        assertThat(codes).contains("Y", "D10", "D30", "E2", "E5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Y", "D1", "D10", "D30", "D999", "E2", "E5", "D0", "D1000", "E05", "X5", "y", "", "D 10", "YD10"})
    void should_agree_with_the_retention_parser_when_a_code_is_validated(String code) {
        boolean parses = Retention.parse(code).isPresent() && Retention.parse(code).get().code().equals(code);

        assertThat(expression("swa:retentionRegex").matcher(code).matches()).as(code).isEqualTo(parses);
    }

    @Test
    void should_accept_the_catalogue_retentions_when_checked_against_the_model() {
        Pattern regex = expression("swa:retentionRegex");

        catalogueDocTypes().forEach(d -> assertThat(String.valueOf(d.get("retention")))
                .as("retention of " + d.get("id")).matches(regex));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JN01-WS\u00B72025-D30-0001", "JN01-KJ\u00B72025-Y-BG-0012", "JN01-WS.2025-D30-0001",
            "JN01-WS\u00B72025-D30-001", "JN01-ws\u00B72025-D30-0001", "JN01-WS\u00B72025-D1000-0001"})
    void should_agree_with_the_archive_code_parser_when_a_code_is_validated(String code) {
        boolean parses = ArchiveCode.parse(code).isPresent();

        assertThat(expression("swa:archiveCodeRegex").matcher(code).matches()).as(code).isEqualTo(parses);
        ArchiveCode.parse(code).ifPresent(c -> assertThat(c.toString()).matches(expression("swa:archiveCodeRegex")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025", "2025-Q3", "2025-07", "2025-07-31", "2025-13", "2025-Q5", "2025-W05", "25", "2025-7"})
    void should_agree_with_the_period_parser_when_a_period_is_validated(String value) {
        assertThat(expression("swa:periodRegex").matcher(value).matches()).as(value)
                .isEqualTo(Period.parse(value).isPresent());
    }

    @Test
    void should_label_doc_types_like_the_catalogue_when_the_model_labels_are_shown() {
        Properties zh = labels("_zh_CN");
        Properties en = labels("_en");

        for (Map<String, Object> d : catalogueDocTypes()) {
            @SuppressWarnings("unchecked")
            Map<String, String> label = (Map<String, String>) d.get("label");
            String key = "listconstraint.swa_docTypeList." + d.get("id");
            assertThat(zh.getProperty(key)).as(key + " (zh_CN)").isEqualTo(label.get("zh-CN"));
            assertThat(en.getProperty(key)).as(key + " (en)").isEqualTo(label.get("en"));
        }
    }

    @Test
    void should_label_categories_and_confidentiality_like_the_enums_when_the_model_labels_are_shown() {
        Properties zh = labels("_zh_CN");
        Properties en = labels("_en");

        for (Category c : Category.values()) {
            assertThat(zh.getProperty("listconstraint.swa_categoryList." + c.id())).isEqualTo(c.label().in(Language.ZH));
            assertThat(en.getProperty("listconstraint.swa_categoryList." + c.id())).isEqualTo(c.label().in(Language.EN));
        }
        for (Confidentiality c : Confidentiality.values()) {
            assertThat(zh.getProperty("listconstraint.swa_confidentialityList." + c.id())).isEqualTo(c.label().in(Language.ZH));
            assertThat(en.getProperty("listconstraint.swa_confidentialityList." + c.id())).isEqualTo(c.label().in(Language.EN));
        }
    }

    // ------------------------------------------------------------------ model and catalogue readers

    private static List<String> listValues(String constraint) {
        Element c = constraint(constraint);
        assertThat(c.getAttribute("type")).as(constraint).isEqualTo("LIST");
        NodeList params = c.getElementsByTagNameNS(DICTIONARY_NS, "parameter");
        for (int i = 0; i < params.getLength(); i++) {
            Element p = (Element) params.item(i);
            if (p.getAttribute("name").equals("allowedValues")) {
                NodeList values = p.getElementsByTagNameNS(DICTIONARY_NS, "value");
                List<String> out = new ArrayList<>();
                for (int j = 0; j < values.getLength(); j++) {
                    out.add(values.item(j).getTextContent().trim());
                }
                return out;
            }
        }
        throw new AssertionError(constraint + " has no allowedValues");
    }

    private static Pattern expression(String constraint) {
        Element c = constraint(constraint);
        assertThat(c.getAttribute("type")).as(constraint).isEqualTo("REGEX");
        NodeList params = c.getElementsByTagNameNS(DICTIONARY_NS, "parameter");
        for (int i = 0; i < params.getLength(); i++) {
            Element p = (Element) params.item(i);
            if (p.getAttribute("name").equals("expression")) {
                return Pattern.compile(p.getElementsByTagNameNS(DICTIONARY_NS, "value").item(0).getTextContent());
            }
        }
        throw new AssertionError(constraint + " has no expression");
    }

    private static Element constraint(String name) {
        Element constraints = (Element) MODEL_XML.getDocumentElement().getElementsByTagNameNS(DICTIONARY_NS, "constraints").item(0);
        NodeList all = constraints.getChildNodes();
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i) instanceof Element e && name.equals(e.getAttribute("name"))) {
                return e;
            }
        }
        throw new AssertionError("the model declares no constraint " + name);
    }

    /** Every property of every type and aspect, with the constraints it references. */
    private static Map<String, List<String>> modelProperties() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        NodeList props = MODEL_XML.getElementsByTagNameNS(DICTIONARY_NS, "property");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if (!((Element) p.getParentNode()).getLocalName().equals("properties")) {
                continue; // a property override, not a declaration
            }
            NodeList refs = p.getElementsByTagNameNS(DICTIONARY_NS, "constraint");
            List<String> names = new ArrayList<>();
            for (int j = 0; j < refs.getLength(); j++) {
                names.add(((Element) refs.item(j)).getAttribute("ref"));
            }
            out.put(p.getAttribute("name"), names);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> catalogueDocTypes() {
        try (InputStream in = resource(CATALOGUE)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return (List<Map<String, Object>>) root.get("docTypes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties labels(String suffix) {
        try (InputStream in = resource(LABELS + suffix + ".properties")) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ModelConsistencyTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name + " on the classpath").isNotNull();
        return in;
    }

    private static Document parse(String resource) {
        try (InputStream in = resource(resource)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
