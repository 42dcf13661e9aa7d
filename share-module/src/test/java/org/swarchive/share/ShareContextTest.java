package org.swarchive.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The Share Spring context of the module: message bundle and Document Library evaluators. */
class ShareContextTest {

    /** The stock Share evaluator beans ours extend (slingshot-documentlibrary-context.xml). */
    private static final Set<String> STOCK_PARENTS = Set.of("evaluator.doclib.action.nodeType",
            "evaluator.doclib.action.propertyNotNull", "evaluator.doclib.action.value", "evaluator.doclib.action.hasAspect",
            "evaluator.doclib.action.chainedMatchAll", "evaluator.doclib.action.chainedMatchOne");

    private final Document context = Resources.xml(Resources.SHARE_CONTEXT);

    static Set<String> beanIds() {
        return Resources.all(Resources.xml(Resources.SHARE_CONTEXT), "bean").stream().map(b -> b.getAttribute("id"))
                .filter(id -> !id.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Test
    void should_be_a_spring_context_that_share_loads_when_it_starts() {
        assertThat(context.getDocumentElement().getLocalName()).isEqualTo("beans");
        assertThat(context.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.springframework.org/schema/beans");
        assertThat(Resources.SHARE_CONTEXT).as("matched by classpath*:alfresco/web-extension/*-context.xml")
                .matches("alfresco/web-extension/[^/]+-context\\.xml");
    }

    @Test
    void should_resolve_every_parent_and_reference_when_beans_are_created() {
        Set<String> ours = beanIds();
        for (Element bean : Resources.all(context, "bean")) {
            String parent = bean.getAttribute("parent");
            if (!parent.isEmpty()) {
                assertThat(parent).as("parent of " + bean.getAttribute("id")).isIn(union(ours, STOCK_PARENTS));
            }
        }
        for (Element ref : Resources.all(context, "ref")) {
            assertThat(ours).as("ref").contains(ref.getAttribute("bean"));
        }
    }

    @Test
    void should_name_model_qnames_when_evaluators_test_types_aspects_and_properties() {
        SwaModel model = new SwaModel();
        Set<String> known = new LinkedHashSet<>(model.allClasses());
        known.addAll(model.allProperties());
        Matcher m = Pattern.compile("swa:[A-Za-z]+").matcher(Resources.text(Resources.SHARE_CONTEXT));
        Set<String> named = new LinkedHashSet<>();
        while (m.find()) {
            named.add(m.group());
        }

        assertThat(named).contains("swa:gapCount", "swa:held", "swa:hold", "swa:dispositionStatus", "swa:confidentiality");
        assertThat(known).containsAll(named);
    }

    @Test
    void should_compare_with_model_values_when_evaluators_match_a_status() {
        SwaModel model = new SwaModel();

        assertThat(comparedValue("evaluator.doclib.swa.disposalDue")).isIn(model.listValues.get("swa:dispositionStatusList"));
        assertThat(comparedValue("evaluator.doclib.swa.sensitive")).isIn(model.listValues.get("swa:confidentialityList"));
    }

    @Test
    void should_register_the_share_bundle_when_messages_are_bootstrapped() {
        Element bean = Resources.all(context, "bean").stream()
                .filter(b -> b.getAttribute("class").equals("org.springframework.extensions.surf.util.ResourceBundleBootstrapComponent"))
                .findFirst().orElseThrow();
        List<String> bundles = Resources.all(bean, "value").stream().map(v -> v.getTextContent().trim()).toList();

        assertThat(bundles).containsExactly(Resources.SHARE_BUNDLE.replace('/', '.'));
        for (String suffix : List.of("", "_zh_CN", "_en")) {
            Properties p = Resources.bundle(Resources.SHARE_BUNDLE, suffix);
            assertThat(p).as("swarchive-share" + suffix).isNotEmpty();
        }
    }

    private String comparedValue(String beanId) {
        Element bean = Resources.all(context, "bean").stream().filter(b -> beanId.equals(b.getAttribute("id")))
                .findFirst().orElseThrow();
        return Resources.all(bean, "property").stream().filter(p -> p.getAttribute("name").equals("value"))
                .findFirst().orElseThrow().getAttribute("value");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }
}
