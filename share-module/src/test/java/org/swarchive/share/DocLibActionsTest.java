package org.swarchive.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The Document Library actions "立即归档 / File now" and "检查准备度 / Check readiness". */
class DocLibActionsTest {

    static final String ACTION_SCRIPT = "alfresco/web-extension/site-webscripts/org/swarchive/actions/swa-action.post";
    static final String CLIENT_JS = "META-INF/resources/swarchive-share/components/documentlibrary/swa-actions.js";
    private static final String NODE = "workspace://SpacesStore/5a7e1c3b-0000-4000-8000-000000000001";

    private final Document config = Resources.xml(Resources.SHARE_CONFIG);
    private final Document context = Resources.xml(Resources.SHARE_CONTEXT);

    private Element doclibConfig(String condition) {
        return Resources.children(config.getDocumentElement(), "config").stream()
                .filter(c -> condition.equals(c.getAttribute("condition"))).findFirst()
                .orElseThrow(() -> new AssertionError("no <config condition=\"" + condition + "\">"));
    }

    private Element action(String id) {
        return Resources.all(doclibConfig("DocLibActions"), "action").stream()
                .filter(a -> id.equals(a.getAttribute("id")) && a.hasAttribute("type")).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + id));
    }

    private String param(Element action, String name) {
        return Resources.all(action, "param").stream().filter(p -> name.equals(p.getAttribute("name")))
                .map(Element::getTextContent).findFirst().orElseThrow();
    }

    private Set<String> groupsOf(String actionId) {
        return Resources.all(doclibConfig("DocLibActions"), "actionGroup").stream()
                .filter(g -> Resources.all(g, "action").stream().anyMatch(a -> actionId.equals(a.getAttribute("id"))))
                .map(g -> g.getAttribute("id")).collect(Collectors.toSet());
    }

    private Element bean(String id) {
        return Resources.all(context, "bean").stream().filter(b -> id.equals(b.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no evaluator bean " + id));
    }

    private static List<String> values(Element bean) {
        return Resources.all(bean, "value").stream().map(Element::getTextContent).toList();
    }

    @Test
    void should_label_both_actions_in_chinese_and_english_when_share_shows_them() {
        Properties zh = Resources.bundle(Resources.SHARE_BUNDLE, "_zh_CN");
        Properties en = Resources.bundle(Resources.SHARE_BUNDLE, "_en");
        assertThat(zh.getProperty(action("swa-file-now").getAttribute("label"))).isEqualTo("立即归档");
        assertThat(en.getProperty(action("swa-file-now").getAttribute("label"))).isEqualTo("File now");
        assertThat(zh.getProperty(action("swa-check-readiness").getAttribute("label"))).isEqualTo("检查准备度");
        assertThat(en.getProperty(action("swa-check-readiness").getAttribute("label"))).isEqualTo("Check readiness");
    }

    /** The action shows in exactly these groups, under a stock evaluator of this kind testing exactly these qnames. */
    private void assertOffered(String actionId, Set<String> groups, String evaluatorKind, String... qnames) {
        assertThat(groupsOf(actionId)).containsExactlyInAnyOrderElementsOf(groups);
        Element evaluator = bean(Resources.child(action(actionId), "evaluator").getTextContent());
        assertThat(evaluator.getAttribute("parent")).isEqualTo(evaluatorKind);
        assertThat(values(evaluator)).containsExactlyInAnyOrder(qnames);
        assertThat(new SwaModel().allClasses()).contains(qnames);
    }

    @Test
    void should_offer_file_now_only_on_documents_pending_filing() {
        assertOffered("swa-file-now", Set.of("document-browse", "document-details"), "evaluator.doclib.action.hasAspect", "swa:pendingFiling");
    }

    @Test
    void should_offer_check_readiness_only_on_station_and_evidence_folders() {
        assertOffered("swa-check-readiness", Set.of("folder-browse", "folder-details"), "evaluator.doclib.action.nodeType",
                "swa:station", "swa:evidenceFolder");
    }

    @Test
    void should_register_each_actions_function_when_the_document_library_loads_the_client_script() {
        String js = Resources.text(CLIENT_JS);
        assertThat(Resources.all(doclibConfig("DocLibCustom"), "js").get(0).getAttribute("src"))
                .isEqualTo("/" + CLIENT_JS.substring("META-INF/resources/".length()));
        for (String id : List.of("swa-file-now", "swa-check-readiness")) {
            assertThat(js).contains("actionName: \"" + param(action(id), "function") + "\"");
            assertThat(param(action(id), "webscript")).isEqualTo("swarchive/actions/" + id.substring("swa-".length()));
        }
        assertThat(Resources.text(ACTION_SCRIPT + ".desc.xml")).contains("<url>/swarchive/actions/{action}</url>");
    }

    private WebScriptHarness.Result post(Locale locale, String action, String nodeRef, int code, String body) {
        return new WebScriptHarness(ACTION_SCRIPT, locale, null).post(Map.of("action", action),
                nodeRef == null ? Map.of() : Map.of("nodeRef", nodeRef), (endpoint, uri) -> new WebScriptHarness.Response(code, body));
    }

    @Test
    void should_call_the_platform_through_the_swarchive_endpoint_when_a_document_is_filed_now() {
        WebScriptHarness.Result r = post(Locale.SIMPLIFIED_CHINESE, "file-now", NODE, 200,
                "{\"message\": {\"zh-CN\": \"归入 文书档案/2025\", \"en\": \"filed in 文书档案/2025\"}}");
        assertThat(r.calls()).containsExactly("swarchive POST /api/v1/nodes/5a7e1c3b-0000-4000-8000-000000000001/file {}");
        assertThat(r.model()).containsEntry("ok", true).containsEntry("message", "已归档。 归入 文书档案/2025");
    }

    @Test
    void should_say_the_document_stays_in_the_inbox_when_the_platform_refuses_to_file_it() {
        WebScriptHarness.Result r = post(Locale.ENGLISH, "file-now", NODE, 422, "{}");
        assertThat(r.model()).containsEntry("ok", false);
        assertThat((String) r.model().get("message")).contains("stays in the inbox unchanged");
    }

    @Test
    void should_report_the_service_unreachable_when_the_endpoint_answers_5xx() {
        WebScriptHarness.Result r = post(Locale.SIMPLIFIED_CHINESE, "check-readiness", NODE, 503, "");
        assertThat(r.calls()).containsExactly("swarchive POST /api/v1/nodes/5a7e1c3b-0000-4000-8000-000000000001/readiness-check {}");
        assertThat(r.model()).containsEntry("ok", false).containsEntry("message", "暂时无法连接社工站档案服务，未作任何改动。");
    }

    @Test
    void should_ask_the_user_to_sign_in_again_when_the_platform_cannot_tell_who_they_are() {
        WebScriptHarness.Result r = post(Locale.SIMPLIFIED_CHINESE, "file-now", NODE, 401,
                "{\"message\": {\"zh-CN\": \"平台未能确认您的身份\", \"en\": \"The platform could not tell who you are\"}}");
        assertThat(r.model()).containsEntry("ok", false)
                .containsEntry("message", "档案平台无法确认您的身份，请重新登录 Share 后再试。 平台未能确认您的身份");
    }

    @Test
    void should_say_what_the_user_lacks_when_the_platform_refuses_them_the_action() {
        WebScriptHarness.Result file = post(Locale.ENGLISH, "file-now", NODE, 403,
                "{\"message\": {\"zh-CN\": \"档案库不允许您修改\", \"en\": \"The repository does not let you change it\"}}");
        assertThat(file.model()).containsEntry("ok", false);
        assertThat((String) file.model().get("message")).contains("Write permission", "The repository does not let you change it");
        WebScriptHarness.Result check = post(Locale.SIMPLIFIED_CHINESE, "check-readiness", NODE, 403, "{}");
        assertThat(check.model()).containsEntry("message", "只有本站站长或档案管理员可以检查准备度。");
    }

    @Test
    void should_call_nothing_when_the_node_or_action_is_not_one_it_knows() {
        assertThat(post(Locale.ENGLISH, "file-now", "workspace://SpacesStore/../../admin", 200, "{}").calls()).isEmpty();
        assertThat(post(Locale.ENGLISH, "delete-all", NODE, 200, "{}").calls()).isEmpty();
        assertThat(post(Locale.ENGLISH, "file-now", null, 200, "{}").model()).containsEntry("ok", false);
    }
}
