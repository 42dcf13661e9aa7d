package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluation day on a folder store, through the CLI: two evaluators score the demo station in one
 * window, submit, and the score sheet adds up to hand-computed totals; refused inputs exit 2.
 */
class InspectScoringTest {

    @TempDir
    Path tmp;

    private final CliHarness swa = new CliHarness(LocalDate.of(2026, 3, 2));
    private String store;
    private String window;

    @BeforeEach
    void openWindow() {
        Path station = tmp.resolve("JN01");
        assertThat(swa.run("demo", station.toString(), "--year", "2025", "--generate-only").exitCode()).isZero();
        store = "folder:" + station;
        CliHarness.Run open = swa.run("inspect", "open", "--store", store, "--evaluators", "assessors", "--from", "2026-03-01",
                "--until", "2026-03-15", "--evaluator", "李评估", "--evaluator", "张评估", "--lang", "en");
        assertThat(open.exitCode()).as(open.err()).isZero();
        window = open.out().split(": ")[1].split(" ")[0].trim();
    }

    private CliHarness.Run verdict(CliHarness cli, String indicator, String verdict, String points, String as) {
        return points == null
                ? cli.run("inspect", "verdict", window, indicator, "--verdict", verdict, "--as", as, "--comment", "见佐证", "--store", store,
                        "--period", "2025", "--lang", "en")
                : cli.run("inspect", "verdict", window, indicator, "--verdict", verdict, "--points", points, "--as", as, "--comment",
                        "见佐证", "--store", store, "--period", "2025", "--lang", "en");
    }

    private JsonNode sheet() {
        CliHarness.Run r = swa.run("inspect", "scoresheet", window, "--store", store, "--period", "2025", "--format", "json", "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JsonMapper.builder().build().readTree(r.out());
    }

    private static JsonNode row(JsonNode sheet, String code) {
        for (JsonNode i : sheet.get("indicators")) {
            if (i.get("code").asText().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no row " + code);
    }

    @Test
    void should_total_two_evaluators_entries_by_hand_and_file_the_sheet_when_both_have_submitted() throws Exception {
        // Nobody scored yet: the sheet is the check (95.06 of 100 for the demo station, 优秀).
        JsonNode before = sheet();
        assertThat(before.get("total").decimalValue()).isEqualByComparingTo("95.06");
        assertThat(before.get("computedTotal").decimalValue()).isEqualByComparingTo("95.06");
        assertThat(row(before, "A1.1").get("computedPoints").decimalValue()).isEqualByComparingTo("3");
        assertThat(row(before, "A1.2").get("computedPoints").decimalValue()).isEqualByComparingTo("2");
        assertThat(row(before, "A2.1").get("computedPoints").decimalValue()).isEqualByComparingTo("3");
        assertThat(row(before, "A2.2").get("computedPoints").decimalValue()).isEqualByComparingTo("1.67");

        CliHarness.Run li = verdict(swa, "A1.1", "met", "3", "李评估");
        assertThat(li.exitCode()).as(li.err()).isZero();
        assertThat(li.out()).contains("Recorded: A1.1 Met (李评估");
        assertThat(verdict(swa, "A1.2", "not-met", "0", "李评估").exitCode()).isZero();
        assertThat(verdict(swa, "A2.1", "not-met", "0", "张评估").exitCode()).isZero();
        CliHarness.Run proposed = verdict(swa, "A2.2", "partly", null, "张评估");
        assertThat(proposed.exitCode()).as(proposed.err()).isZero();
        assertThat(proposed.out()).contains("No points given: the readiness-based 1.67 of 2 stand");
        // Later, 张 scores A1.1 too: the latest entry stands, and says whose it is.
        assertThat(verdict(new CliHarness(LocalDate.of(2026, 3, 3)), "A1.1", "partly", "2", "张评估").exitCode()).isZero();

        // By hand: 95.06 − (3 − 2) [A1.1] − (2 − 0) [A1.2] − (3 − 0) [A2.1] − 0 [A2.2: computed stands] = 89.06 → 良好 (80…89).
        JsonNode s = sheet();
        assertThat(s.get("total").decimalValue()).isEqualByComparingTo("89.06");
        assertThat(s.get("grade").get("label").asText()).isEqualTo("Good");
        assertThat(s.get("computedTotal").decimalValue()).isEqualByComparingTo("95.06");
        assertThat(row(s, "A").get("awardedPoints").decimalValue()).as("subtotal A").isEqualByComparingTo("3.67");
        assertThat(row(s, "A1").get("awardedPoints").decimalValue()).as("subtotal A1").isEqualByComparingTo("2");
        assertThat(row(s, "A2").get("awardedPoints").decimalValue()).as("subtotal A2").isEqualByComparingTo("1.67");
        assertThat(row(s, "A1").get("level").asInt()).isEqualTo(2);
        assertThat(row(s, "A1.1").get("by").asText()).isEqualTo("张评估");
        assertThat(row(s, "A1.1").get("verdict").asText()).isEqualTo("partly");
        assertThat(row(s, "A1.1").get("comment").asText()).isEqualTo("见佐证");
        assertThat(row(s, "A2.2").get("pointsGiven").asBoolean()).isFalse();
        assertThat(row(s, "A2.2").get("awardedPoints").decimalValue()).isEqualByComparingTo("1.67");
        assertThat(row(s, "B1.1").get("verdict").isNull()).isTrue();
        assertThat(s.get("evaluators")).extracting(JsonNode::asText).containsExactly("李评估", "张评估");
        assertThat(s.get("complete").asBoolean()).isFalse();
        assertThat(s.get("indicators")).hasSize(51);

        CliHarness.Run first = swa.run("inspect", "submit", window, "--as", "李评估", "--store", store, "--period", "2025", "--lang", "en");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Still to submit: 张评估");
        CliHarness.Run again = verdict(swa, "B1.1", "met", "2", "李评估");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("李评估 submitted their scores");
        CliHarness.Run second = swa.run("inspect", "submit", window, "--as", "张评估", "--store", store, "--period", "2025", "--lang", "en");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("Score sheet filed: total 89.06, grade Good").contains("JN01-WS·2026-D30-");
        assertThat(sheet().get("complete").asBoolean()).isTrue();

        // Filed as an evaluation-report record of the station, beside its other documents.
        Path filedDir = tmp.resolve("JN01/文书档案/2026/定期30年");
        try (Stream<Path> files = Files.list(filedDir)) {
            Path xlsx = files.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
            assertThat(Files.readString(Path.of(xlsx + ".metadata.properties.xml"))).contains("evaluation-report")
                    .contains("JN01-WS·2026-D30-");
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                var sheet = wb.getSheetAt(0);
                boolean found = false;
                for (var r : sheet) {
                    if (r.getCell(0) != null && r.getCell(0).toString().equals("Total")) {
                        assertThat(r.getCell(5).getNumericCellValue()).isEqualTo(89.06);
                        found = true;
                    }
                }
                assertThat(found).isTrue();
            }
        }
        // The check counts the new record like any other.
        CliHarness.Run check = swa.run("check", "--store", store, "--period", "2025", "--format", "json");
        assertThat(check.exitCode()).as(check.err()).isZero();
    }

    @Test
    void should_refuse_with_exit_2_a_branch_points_beyond_the_weight_a_stranger_and_a_closed_window() {
        CliHarness.Run branch = verdict(swa, "A1", "met", "3", "李评估");
        assertThat(branch.exitCode()).isEqualTo(2);
        assertThat(branch.err()).contains("A1 is not a leaf indicator").contains("A1.1, A1.2");
        CliHarness.Run tooMany = verdict(swa, "A1.1", "met", "4", "李评估");
        assertThat(tooMany.exitCode()).isEqualTo(2);
        assertThat(tooMany.err()).contains("outside 0…3");
        assertThat(verdict(swa, "A1.1", "met", "-1", "李评估").exitCode()).isEqualTo(2);
        CliHarness.Run stranger = verdict(swa, "A1.1", "met", "3", "王五");
        assertThat(stranger.exitCode()).isEqualTo(2);
        assertThat(stranger.err()).contains("王五 is not an evaluator");
        CliHarness.Run badVerdict = verdict(swa, "A1.1", "good", "3", "李评估");
        assertThat(badVerdict.exitCode()).isEqualTo(2);
        assertThat(badVerdict.err()).contains("met, partly, not-met, na");
        CliHarness.Run after = verdict(new CliHarness(LocalDate.of(2026, 3, 20)), "A1.1", "met", "3", "李评估");
        assertThat(after.exitCode()).isEqualTo(2);
        assertThat(after.err()).contains("is not open");
        CliHarness.Run unknown = swa.run("inspect", "verdict", "nope", "A1.1", "--verdict", "met", "--as", "李评估", "--store", store,
                "--lang", "en");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("No inspection window nope");
        // Nothing refused was kept.
        assertThat(sheet().get("total").decimalValue()).isEqualByComparingTo("95.06");
    }

    @Test
    void should_write_the_sheet_as_html_and_xlsx() throws Exception {
        assertThat(verdict(swa, "A1.2", "partly", "1", "李评估").exitCode()).isZero();
        Path html = tmp.resolve("sheet.html");
        CliHarness.Run h = swa.run("inspect", "scoresheet", window, "--store", store, "--period", "2025", "--format", "html", "--out",
                html.toString());
        assertThat(h.exitCode()).as(h.err()).isZero();
        assertThat(Files.readString(html)).contains("评分表", "A1 ", "部分达标", "李评估", "94.06", "未给分，按准备度得分", "2026-03-01");
        Path xlsx = tmp.resolve("sheet.xlsx");
        CliHarness.Run x = swa.run("inspect", "scoresheet", window, "--store", store, "--period", "2025", "--format", "xlsx", "--out",
                xlsx.toString(), "--lang", "en");
        assertThat(x.exitCode()).as(x.err()).isZero();
        assertThat(x.out()).contains("total 94.06, grade Excellent");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(51);
        }
        CliHarness.Run noOut = swa.run("inspect", "scoresheet", window, "--store", store, "--format", "xlsx");
        assertThat(noOut.exitCode()).isEqualTo(2);
    }
}
