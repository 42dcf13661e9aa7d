package org.swarchive.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The "评估准备度 / Evaluation readiness" site dashlet: its files, its labels, and what it shows. */
class ReadinessDashletTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static final String ANSWER = """
            {"framework":"station-star","period":"2025","score":87.5,"total":100,"grade":{"min":80,"label":"良好"},
             "gaps":[
              {"indicator":"G1.1","docType":"monthly-summary","period":"2025-07","subject":null,"due":"2025-08-05","overdueDays":120},
              {"indicator":"B2.1","docType":"training-record","period":"2025","subject":"S003","due":"2026-01-31","overdueDays":0},
              {"indicator":"C1.2","docType":"meeting-minutes","period":"2025-Q3","subject":null,"due":"2025-10-15","overdueDays":40},
              {"indicator":"G1.1","docType":"monthly-summary","period":"2025-08","subject":null,"due":"2025-09-05","overdueDays":89},
              {"indicator":"H1.1","docType":"supervision-record","period":"2025-09","subject":null,"due":"2025-10-05","overdueDays":50},
              {"indicator":"E3.1","docType":"case-closing","period":"2025","subject":"C-2025-017","due":"2025-11-30","overdueDays":4},
              {"indicator":"A1.1","docType":"policy","period":"2025","subject":null,"due":"2025-12-31"}
             ]}""";

    /** The dashlet's settings from the Surf extension module that deploys it. */
    private static Map<String, String> moduleSettings() {
        Document ext = Resources.xml(Resources.EXTENSION);
        Element readiness = Resources.all(ext, "config").stream()
                .filter(c -> c.getAttribute("condition").equals("StationArchives"))
                .map(c -> Resources.child(c, "readiness")).findFirst().orElseThrow();
        Map<String, String> settings = new LinkedHashMap<>();
        Resources.children(readiness, "endpoint").forEach(e -> settings.put("endpoint", e.getTextContent().trim()));
        Resources.children(readiness, "max-gaps").forEach(e -> settings.put("max-gaps", e.getTextContent().trim()));
        return settings;
    }

    private static WebScriptHarness dashlet(Locale locale) {
        return new WebScriptHarness(Resources.DASHLET, locale, moduleSettings());
    }

    private static WebScriptHarness.Result show(Locale locale, int code, String body) {
        return dashlet(locale).run(Map.of("htmlid", "page_x002e_component-2-1"), "JN01",
                (endpoint, uri) -> new WebScriptHarness.Response(code, body));
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    // ------------------------------------------------------------------ what it shows

    @Test
    void should_show_score_grade_and_the_five_most_overdue_gaps_when_the_service_answers() {
        WebScriptHarness.Result r = show(ZH, 200, ANSWER);

        assertThat(r.calls()).containsExactly("swarchive /api/v1/stations/JN01/readiness");
        assertThat(r.html()).contains("<span class=\"swa-readiness-score\">87.5</span>", "/ 100",
                "<span class=\"swa-readiness-grade\"", "良好", "station-star", "2025");
        assertThat(count(r.html(), "<tr class=\"swa-readiness-gap")).isEqualTo(5);
        assertThat(r.html().indexOf("逾期 120 天")).isLessThan(r.html().indexOf("逾期 89 天"));
        assertThat(r.html()).contains("月度工作总结", "结案报告", "(C-2025-017)", "另有 2 项缺口未列出", "共 7 项");
        assertThat(r.html()).doesNotContain("管理制度").as("the least urgent gaps are left out");
        assertThat(r.model()).doesNotContainKey("error");
    }

    @Test
    void should_speak_english_when_the_user_reads_english() {
        WebScriptHarness.Result r = show(Locale.ENGLISH, 200, ANSWER);

        assertThat(r.html()).contains("Evaluation readiness", "Monthly work report", "120 days overdue", "2 more gaps not shown");
        assertThat(r.html()).doesNotContain("月度工作总结");
    }

    @Test
    void should_say_nothing_is_missing_when_there_are_no_gaps() {
        WebScriptHarness.Result r = show(ZH, 200, "{\"framework\":\"station-star\",\"period\":\"2025\",\"score\":100,\"total\":100,\"grade\":{\"label\":\"优秀\"},\"gaps\":[]}");

        assertThat(r.html()).contains(">100</span>", "优秀", "当前没有缺失的佐证材料").doesNotContain("<table");
    }

    @Test
    void should_show_a_readable_message_when_the_service_is_down() {
        WebScriptHarness.Result r = dashlet(ZH).run(Map.of("htmlid", "x"), "JN01", (endpoint, uri) -> {
            throw new IllegalStateException("Connection refused: swa-platform:8080");
        });

        assertThat(r.html()).contains("role=\"alert\"", "暂时无法连接评估服务", "请稍后刷新页面")
                .doesNotContain("Connection refused", "swa-readiness-score");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 0})
    void should_show_a_readable_message_when_the_service_fails(int code) {
        WebScriptHarness.Result r = show(Locale.ENGLISH, code, "<html>Bad gateway</html>");

        assertThat(r.html()).contains("The evaluation service cannot be reached right now").doesNotContain("Bad gateway");
    }

    @Test
    void should_name_the_station_when_the_service_does_not_know_it() {
        WebScriptHarness.Result r = show(ZH, 404, "{\"error\":\"unknown station\"}");

        assertThat(r.html()).contains("评估服务中没有站点“JN01”");
    }

    @Test
    void should_give_the_status_when_the_service_answers_with_an_error() {
        WebScriptHarness.Result r = show(Locale.ENGLISH, 403, "{}");

        assertThat(r.html()).contains("HTTP 403");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"framework\":\"station-star\"}", "[]"})
    void should_say_the_answer_is_unreadable_when_it_is_not_a_readiness(String body) {
        WebScriptHarness.Result r = show(ZH, 200, body);

        assertThat(r.html()).contains("评估服务返回的数据无法读取");
    }

    @Test
    void should_escape_the_service_text_when_it_is_rendered() {
        String hostile = ANSWER.replace("\"G1.1\"", "\"<script>alert(1)</script>\"").replace("\"station-star\"", "\"<b>x</b>\"");

        String html = show(ZH, 200, hostile).html();

        assertThat(html).doesNotContain("<script>", "<b>x</b>").contains("&lt;script&gt;");
    }

    @Test
    void should_ask_for_the_given_station_when_the_dashlet_has_one() {
        WebScriptHarness.Result r = dashlet(ZH).run(Map.of("htmlid", "x", "station", "JN 02/街道"), "site-a",
                (endpoint, uri) -> new WebScriptHarness.Response(200, ANSWER));

        assertThat(r.calls()).containsExactly("swarchive /api/v1/stations/JN%2002%2F%E8%A1%97%E9%81%93/readiness");
    }

    @Test
    void should_fall_back_to_its_defaults_when_the_extension_module_is_not_deployed() {
        WebScriptHarness.Result r = new WebScriptHarness(Resources.DASHLET, ZH, null).run(Map.of("htmlid", "x"), "JN01",
                (endpoint, uri) -> new WebScriptHarness.Response(200, ANSWER));

        assertThat(r.calls()).containsExactly("swarchive /api/v1/stations/JN01/readiness");
        assertThat(count(r.html(), "<tr class=\"swa-readiness-gap")).isEqualTo(5);
    }

    @Test
    void should_ask_to_be_placed_on_a_site_when_there_is_no_station() {
        WebScriptHarness.Result r = dashlet(ZH).run(Map.of("htmlid", "x"), "", (endpoint, uri) -> {
            throw new AssertionError("no call without a station");
        });

        assertThat(r.html()).contains("本面板只能放在社工站站点的仪表板上");
    }

    // ------------------------------------------------------------------ its files and labels

    @Test
    void should_register_as_a_site_dashlet_when_surf_reads_the_descriptor() {
        Document desc = Resources.xml(Resources.DASHLET + ".desc.xml");

        assertThat(Resources.child(desc.getDocumentElement(), "family").getTextContent().trim()).isEqualTo("site-dashlet");
        assertThat(Resources.child(desc.getDocumentElement(), "url").getTextContent().trim()).isEqualTo("/components/dashlets/swa-readiness");
        ShareMessagesTest.assertLabelled(List.of("dashlet.swa-readiness.shortName", "dashlet.swa-readiness.description"));
    }

    @Test
    void should_deploy_the_dashlet_settings_when_the_extension_module_loads() {
        Document ext = Resources.xml(Resources.EXTENSION);
        Element module = Resources.all(ext, "module").get(0);

        assertThat(Resources.child(module, "auto-deploy").getTextContent().trim()).isEqualTo("true");
        Document share = Resources.xml(Resources.SHARE_CONFIG);
        List<String> endpoints = Resources.all(share, "endpoint").stream()
                .map(e -> Resources.child(e, "id").getTextContent().trim()).toList();
        assertThat(endpoints).as("the module names an endpoint Share defines").contains(moduleSettings().get("endpoint"));
        assertThat(Integer.parseInt(moduleSettings().get("max-gaps"))).isEqualTo(5);
    }

    @Test
    void should_label_every_message_the_template_and_controller_use_when_shown_in_either_language() {
        Set<String> keys = new LinkedHashSet<>();
        Matcher ftl = Pattern.compile("msg\\(\"([\\w.-]+)\"").matcher(Resources.text(Resources.DASHLET + ".html.ftl"));
        while (ftl.find()) {
            keys.add(ftl.group(1));
        }
        Matcher js = Pattern.compile("\"((?:label|error|header|dashlet)\\.[\\w.]+)\"").matcher(Resources.text(Resources.DASHLET + ".js"));
        while (js.find()) {
            keys.add(js.group(1));
        }

        assertThat(keys).contains("header.readiness", "error.unavailable", "error.unknownStation", "label.overdueDays");
        ShareMessagesTest.assertLabelled(Resources.DASHLET, keys);
    }

    @Test
    void should_label_doc_types_like_the_model_when_gaps_are_listed() {
        List<String> docTypes = new SwaModel().listValues.get("swa:docTypeList");
        Properties modelZh = Resources.bundle(Resources.MODEL_BUNDLE, "_zh_CN");
        Properties modelEn = Resources.bundle(Resources.MODEL_BUNDLE, "_en");
        Properties zh = Resources.bundle(Resources.DASHLET, "_zh_CN");
        Properties en = Resources.bundle(Resources.DASHLET, "_en");

        List<String> differ = new ArrayList<>();
        for (String d : docTypes) {
            String key = "listconstraint.swa_docTypeList." + d;
            if (!modelZh.getProperty(key, "?").equals(zh.getProperty("doctype." + d))
                    || !modelEn.getProperty(key, "?").equals(en.getProperty("doctype." + d))) {
                differ.add(d);
            }
        }
        assertThat(docTypes).hasSize(50);
        assertThat(differ).as("doc types the dashlet labels differently from the model").isEmpty();
    }
}
