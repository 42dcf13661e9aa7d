package org.swarchive.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The files that make the jar a repository module: module.properties, Spring contexts, audit. */
class ModuleFilesTest {

    private static final String MODULE = "alfresco/module/swarchive-content-models/";
    private static final String BEANS_NS = "http://www.springframework.org/schema/beans";
    private static final String AUDIT_NS = "http://www.alfresco.org/repo/audit/model/3.2";

    static Stream<Path> xmlFiles() throws URISyntaxException, IOException {
        Path moduleDir = Path.of(ModuleFilesTest.class.getClassLoader().getResource(MODULE + "module.properties").toURI()).getParent();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(moduleDir)) {
            walk.filter(p -> p.toString().endsWith(".xml")).forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("xmlFiles")
    void should_be_well_formed_when_an_xml_file_of_the_module_is_parsed(Path file) {
        assertThatCode(() -> parse(Files.newInputStream(file))).as(file.toString()).doesNotThrowAnyException();
    }

    @Test
    void should_name_the_module_when_the_repository_reads_module_properties() throws IOException {
        Properties p = new Properties();
        try (InputStream in = resource(MODULE + "module.properties")) {
            p.load(in);
        }

        assertThat(p.getProperty("module.id")).isEqualTo("swarchive-content-models");
        assertThat(p.getProperty("module.title")).isNotBlank();
        assertThat(p.getProperty("module.version")).as("filtered from the project version").matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void should_import_existing_contexts_when_the_module_context_is_loaded() throws Exception {
        Document ctx = parse(resource(MODULE + "module-context.xml"));
        NodeList imports = ctx.getElementsByTagNameNS(BEANS_NS, "import");

        assertThat(imports.getLength()).isPositive();
        for (int i = 0; i < imports.getLength(); i++) {
            String location = ((Element) imports.item(i)).getAttribute("resource");
            assertThat(location).startsWith("classpath:");
            assertThat(getClass().getClassLoader().getResource(location.substring("classpath:".length())))
                    .as(location).isNotNull();
        }
    }

    @Test
    void should_bootstrap_existing_model_and_labels_when_the_dictionary_starts() throws Exception {
        Document ctx = parse(resource(MODULE + "context/bootstrap-context.xml"));
        Element bean = beanWithParent(ctx, "dictionaryModelBootstrap");

        assertThat(bean.getAttribute("depends-on")).isEqualTo("dictionaryBootstrap");
        List<String> models = listProperty(bean, "models");
        assertThat(models).containsExactly(SwaModel.RESOURCE);
        models.forEach(m -> assertThat(getClass().getClassLoader().getResource(m)).as(m).isNotNull());
        List<String> labels = listProperty(bean, "labels");
        assertThat(labels).containsExactly(ModelLabelsTest.BUNDLE);
        for (String base : labels) {
            for (String suffix : List.of("", "_zh_CN", "_en")) {
                assertThat(getClass().getClassLoader().getResource(base + suffix + ".properties"))
                        .as(base + suffix).isNotNull();
            }
        }
    }

    @Test
    void should_record_reads_of_records_when_the_audit_application_maps_alfresco_access() throws Exception {
        Document audit = parse(resource(MODULE + "audit/swa-audit.xml"));
        Element root = audit.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(AUDIT_NS);

        Element map = (Element) root.getElementsByTagNameNS(AUDIT_NS, "PathMap").item(0);
        assertThat(map.getAttribute("source")).isEqualTo("/alfresco-access/transaction");
        assertThat(map.getAttribute("target")).isEqualTo("/swa-access/transaction");
        Element app = (Element) root.getElementsByTagNameNS(AUDIT_NS, "Application").item(0);
        assertThat(app.getAttribute("key")).isEqualTo("swa-access");

        List<String> declaredExtractors = attributes(root, "DataExtractor", "name");
        NodeList values = app.getElementsByTagNameNS(AUDIT_NS, "RecordValue");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            keys.add(v.getAttribute("key"));
            assertThat(declaredExtractors).contains(v.getAttribute("dataExtractor"));
            assertThat(v.getAttribute("dataSource")).isEqualTo("/swa-access/transaction/" + v.getAttribute("key"));
            assertThat(v.getAttribute("dataTrigger")).startsWith("/swa-access/transaction/");
        }
        assertThat(keys).contains("action", "user", "node", "path", "type");
    }

    @Test
    void should_enable_the_audit_application_when_the_module_sets_its_defaults() throws IOException {
        Properties p = new Properties();
        try (InputStream in = resource(MODULE + "alfresco-global.properties")) {
            p.load(in);
        }

        assertThat(p.getProperty("audit.enabled")).isEqualTo("true");
        assertThat(p.getProperty("audit.swa-access.enabled")).isEqualTo("true");
    }

    /**
     * The platform sends alerts through the repository's mail action over the v1 API (swa alerts send
     * --channel repository). ActionAccessRestrictionAbstractBase reads org.alfresco.repo.action.mail.v1.exposed
     * from the global-properties bean, which takes a -D system property only for a key one of its
     * property files declares (SystemPropertiesFactoryBean.mergeProperties): declared here, in a file
     * that bean loads (classpath*:alfresco/module/*&#47;alfresco-global.properties), it is on, and a -D or
     * an installation's own alfresco-global.properties can still turn it off (docs/alfresco.md).
     */
    @Test
    void should_expose_the_mail_action_to_the_v1_api_where_the_global_properties_bean_reads_it() throws IOException {
        Properties p = new Properties();
        try (InputStream in = resource(MODULE + "alfresco-global.properties")) {
            p.load(in);
        }

        assertThat(p.getProperty("org.alfresco.repo.action.mail.v1.exposed")).isEqualTo("true");
    }

    private static Element beanWithParent(Document ctx, String parent) {
        NodeList beans = ctx.getElementsByTagNameNS(BEANS_NS, "bean");
        for (int i = 0; i < beans.getLength(); i++) {
            Element b = (Element) beans.item(i);
            if (parent.equals(b.getAttribute("parent"))) {
                return b;
            }
        }
        throw new AssertionError("no bean with parent " + parent);
    }

    private static List<String> listProperty(Element bean, String name) {
        NodeList props = bean.getElementsByTagNameNS(BEANS_NS, "property");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if (name.equals(p.getAttribute("name"))) {
                List<String> out = new ArrayList<>();
                NodeList values = p.getElementsByTagNameNS(BEANS_NS, "value");
                for (int j = 0; j < values.getLength(); j++) {
                    out.add(values.item(j).getTextContent().trim());
                }
                return out;
            }
        }
        throw new AssertionError("no property " + name);
    }

    private static List<String> attributes(Element root, String element, String attribute) {
        NodeList nodes = root.getElementsByTagNameNS(AUDIT_NS, element);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return out;
    }

    private InputStream resource(String name) {
        InputStream in = getClass().getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    private static Document parse(InputStream in) throws Exception {
        try (in) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(in);
        }
    }
}
