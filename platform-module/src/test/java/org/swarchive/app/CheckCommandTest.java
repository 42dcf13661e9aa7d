package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.demo.DeliberateGap;
import org.swarchive.demo.DemoStationGenerator;
import org.swarchive.evidence.Framework;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** End to end: the CLI makes a station, checks it, and finds exactly the gaps it was made with. */
class CheckCommandTest {

    // One station for the whole class: making it is the slow part.
    @TempDir
    static Path tmp;
    private static Path station;

    private final CliHarness swa = new CliHarness(LocalDate.of(2026, 11, 23));

    @BeforeAll
    static void makeStation() {
        CliHarness swa = new CliHarness(LocalDate.of(2026, 11, 23));
        station = tmp.resolve("示范站");
        CliHarness.Run made = swa.run("demo", station.toString(), "--year", "2025", "--generate-only");
        assertThat(made.exitCode()).as(made.err()).isZero();
        // As a station does: what waits in the inbox is filed before the check.
        CliHarness.Run filed = swa.run("file", "--store", "folder:" + station);
        assertThat(filed.exitCode()).as(filed.err()).isZero();
    }

    private JsonNode json() {
        return json("2026-03-31");
    }

    private JsonNode json(String asOf) {
        CliHarness.Run r = swa.run("check", "--store", "folder:" + station, "--period", "2025", "--as-of", asOf,
                "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JsonMapper.builder().build().readTree(r.out());
    }

    @Test
    void should_find_exactly_the_gaps_the_station_was_made_with() {
        JsonNode report = json();
        Framework fw = new FrameworkLibrary(new FrameworkLoader(new CatalogueLoader().shipped())).resolve("station-star");
        List<DeliberateGap> made = DemoStationGenerator.deliberateGaps(2025);
        Map<String, String> leafOf = new java.util.HashMap<>();
        fw.leaves().forEach(l -> l.evidence().forEach(r -> r.docTypes().forEach(t -> leafOf.putIfAbsent(t, l.code()))));

        List<JsonNode> gaps = report.get("gaps").valueStream().toList();
        assertThat(gaps).extracting(g -> g.get("indicator").asString(), g -> g.get("docType").asString(),
                        g -> g.get("period").isNull() ? null : g.get("period").asString(),
                        g -> g.get("subject").isNull() ? null : g.get("subject").asString())
                .containsExactlyInAnyOrderElementsOf(made.stream()
                        .map(d -> tuple(leafOf.get(d.docType()), d.docType(), d.period(), d.subject())).toList());
        assertThat(gaps).filteredOn(g -> g.get("docType").asString().equals("monthly-summary")).singleElement()
                .satisfies(g -> {
                    assertThat(g.get("due").asString()).isEqualTo("2025-08-05");
                    assertThat(g.get("overdueDays").asLong()).isEqualTo(238);
                });
    }

    @Test
    void should_report_the_json_contract_fields() {
        JsonNode report = json();
        assertThat(report.get("framework").asString()).isEqualTo("station-star");
        assertThat(report.get("period").asString()).isEqualTo("2025");
        assertThat(report.get("asOf").asString()).isEqualTo("2026-03-31");
        assertThat(report.get("total").decimalValue()).isEqualByComparingTo("100");
        assertThat(report.get("score").decimalValue().scale()).isEqualTo(2);
        assertThat(report.get("score").decimalValue()).isBetween(new java.math.BigDecimal("90"), new java.math.BigDecimal("99.99"));
        assertThat(report.get("grade").get("label").asString()).isEqualTo("优秀");
        assertThat(report.get("grade").get("min").decimalValue()).isEqualByComparingTo("90");
        assertThat(report.get("indicators").size()).isEqualTo(8 + 12 + 31);
        assertThat(report.get("indicators").get(0).propertyNames()).contains("code", "title", "weight", "points", "readiness");
        assertThat(report.get("records").asInt()).isGreaterThanOrEqualTo(300);
        assertThat(report.get("upcoming").isArray()).isTrue();
    }

    @Test
    void should_list_the_unfiled_inbox_documents_and_the_bad_period() {
        JsonNode report = json();
        assertThat(report.get("unclassified").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("收件箱/扫描件001.pdf", "收件箱/新建 Microsoft Word 文档.docx", "收件箱/新建文本文档.txt");
        assertThat(report.get("warnings").valueStream().toList()).singleElement().satisfies(w -> {
            assertThat(w.get("file").asString()).contains("工作日志（补录）").endsWith(".metadata.properties.xml");
            assertThat(w.get("field").asString()).isEqualTo("swa:period");
            assertThat(w.get("value").asString()).isEqualTo("2025-13");
        });
    }

    @Test
    void should_print_the_table_in_english_when_asked() {
        CliHarness.Run r = swa.run("check", "--store", "folder:" + station, "--period", "2025", "--as-of", "2026-03-31",
                "--lang", "en");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Evaluation readiness report", "Gaps (4)", "Grade: Excellent", "Labour contract");
        CliHarness.Run zh = swa.run("check", "--store", "folder:" + station, "--period", "2025", "--as-of", "2026-03-31");
        assertThat(zh.out()).contains("缺失佐证 (4)", "等级: 优秀", "劳动合同");
    }

    @Test
    void should_write_a_self_contained_html_report_when_out_is_given() throws Exception {
        Path html = tmp.resolve("out/报告.html");
        CliHarness.Run r = swa.run("check", "--store", "folder:" + station, "--period", "2025", "--as-of", "2026-03-31",
                "--format", "html", "--out", html.toString(), "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Report written:");
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "id=\"i-G1.1\"", "2025-07")
                .doesNotContain("<script", "http://", "https://");
    }

    @Test
    void should_treat_slots_not_yet_due_as_upcoming_early_in_the_year() {
        JsonNode report = json("2025-08-01");
        assertThat(report.get("gaps").valueStream().map(g -> g.get("docType").asString()).toList())
                .doesNotContain("monthly-summary", "training-record");
        assertThat(report.get("upcoming").valueStream().anyMatch(g -> g.get("docType").asString().equals("monthly-summary")
                && g.get("period").asString().equals("2025-07") && g.get("daysLeft").asLong() == 4)).isTrue();
    }

    @Test
    void should_exit_2_naming_file_line_and_reason_when_the_framework_is_invalid() throws Exception {
        Path bad = tmp.resolve("bad-framework.yaml");
        Files.writeString(bad, """
                framework: bad
                title: {zh-CN: 坏, en: Bad}
                total: 10
                grades: [{min: 0, label: {zh-CN: 不合格, en: Fail}}]
                indicators:
                  - {code: A, title: {zh-CN: 甲, en: A}, weight: 10, evidence: [{docType: monthly-reprot}]}
                """);
        CliHarness.Run r = swa.run("check", "--store", "folder:" + station, "--framework", bad.toString(), "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":6: unknown doc type 'monthly-reprot'").doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void should_exit_2_naming_file_line_and_reason_when_a_framework_has_a_recursive_alias() throws Exception {
        Path bad = tmp.resolve("recursive.yaml");
        Files.writeString(bad, """
                framework: loop
                title: {zh-CN: 环, en: Loop}
                total: 10
                grades: [{min: 0, label: {zh-CN: 不合格, en: Fail}}]
                indicators: &all
                  - {code: A, title: {zh-CN: 甲, en: A}, weight: 10, children: *all}
                """);
        CliHarness.Run r = swa.run("check", "--store", "folder:" + station, "--framework", bad.toString(), "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":5: recursive alias").doesNotContain("Exception", "StackOverflow", "\tat ");
        assertThat(r.err().lines()).hasSizeLessThan(5);
    }

    @Test
    void should_exit_2_with_a_readable_message_when_the_store_or_period_is_wrong() {
        CliHarness.Run missing = swa.run("check", "--store", "folder:" + tmp.resolve("没有这个站"), "--lang", "en");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such station folder").doesNotContain("Exception");
        CliHarness.Run period = swa.run("check", "--store", "folder:" + station, "--period", "2025-13");
        assertThat(period.exitCode()).isEqualTo(2);
        assertThat(period.err()).contains("2025-13");
    }
}
