package org.swarchive.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.DemoStations;
import org.swarchive.TestAccounts;
import org.swarchive.i18n.Language;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.archive.Period;
import org.swarchive.check.ScoreHistory;
import org.swarchive.check.StationCheck;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.report.JsonReport;
import org.swarchive.store.Station;
import org.swarchive.store.folder.MetadataFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard as a browser and the Share dashlet reach it: a real server on a free port. */
class DashboardServerTest {

    @TempDir
    static Path tmp;
    static final DemoStations demo = new DemoStations();
    static DashboardServer.Running server;
    static Station station;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        Path dir = demo.make(tmp.resolve("示范站"));
        // A sensitive record, linked to an indicator, that an evaluator must never open.
        Path doc = dir.resolve("服务档案/2025/敏感个案评估.txt");
        Files.createDirectories(doc.getParent());
        Files.writeString(doc, "个案健康信息");
        MetadataFile.write(MetadataFile.of(doc), Map.of("swa:docType", "case-assessment", "swa:caseId", "C001",
                "swa:period", "2025-03", "swa:confidentiality", "sensitive", "swa:indicators", "E1.2"));
        // A confidential record, also evidence of E1.2, that an evaluator may read during the window.
        Path kept = dir.resolve("服务档案/2025/个案督导记录.txt");
        Files.writeString(kept, "督导记录");
        MetadataFile.write(MetadataFile.of(kept), Map.of("swa:docType", "case-assessment", "swa:caseId", "C001",
                "swa:period", "2025-03", "swa:confidentiality", "confidential", "swa:indicators", "E1.2"));
        Files.writeString(tmp.resolve("outside.txt"), "not the station's");
        station = demo.station(dir, "示范站");
        Clock clock = Clock.fixed(DemoStations.AS_OF.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ReadinessBoard board = new ReadinessBoard(List.of(station), demo.framework, Period.year(DemoStations.YEAR),
                demo.catalogue, new StationCheck(new ReadinessEngine()), new ScoreHistory(), clock, Duration.ofMinutes(5));
        // The evaluator's window, kept in the station's notes as swa inspect open keeps it.
        new InspectionWindowStore(station.state()).open("示范站", "jinniu-bureau", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(6)), "站长");
        TestAccounts.head(station.state());
        TestAccounts.evaluator(station.state(), "jinniu-bureau");
        TestAccounts.evaluator(station.state(), "someone-else");
        server = DashboardServer.start(new Dashboard(board, DisposalList.notAvailable()), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        // Signed in as the station head, or as the evaluator group whose view it is.
        String as = path.startsWith("/inspect/") ? path.split("/")[2] : TestAccounts.HEAD;
        return get(path, as);
    }

    static HttpResponse<String> get(String path, String as) throws Exception {
        // As a browser asks: pages first, anything else after.
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Accept", "text/html,*/*;q=0.8");
        return http.send((as == null ? request : TestAccounts.as(as, request)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void should_list_the_station_with_score_grade_and_trend_in_chinese_by_default() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.body()).contains("<html lang=\"zh-CN\">", "评估准备度一览", "示范站", "98.49", "优秀", "趋势", "缺失佐证 4")
                .contains("href=\"/stations/%E7%A4%BA%E8%8C%83%E7%AB%99\"").doesNotContain("<script");
    }

    @Test
    void should_show_the_indicator_tree_gaps_and_disposal_placeholder_on_the_station_page() throws Exception {
        HttpResponse<String> r = get("/stations/" + enc("示范站"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>示范站</h1>", "id=\"i-G1.1\"", "G1.1 月度工作总结", "缺失佐证 (4)", "2025-08-05",
                "保管期限模块尚未接入", "收件箱/扫描件001.pdf", "重新检查");
    }

    @Test
    void should_drill_down_to_the_slot_that_is_missing_and_the_files_that_fill_the_others() throws Exception {
        HttpResponse<String> r = get("/stations/" + enc("示范站") + "/indicators/G1.1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("G1.1 月度工作总结", "<tr class=\"GAP\">", "2025-07", "缺失", "2025-06-月度工作总结",
                "/stations/%E7%A4%BA%E8%8C%83%E7%AB%99/files?id=");
        assertThat(get("/stations/" + enc("示范站") + "/indicators/NOPE").statusCode()).isEqualTo(404);
    }

    @Test
    void should_switch_to_english_when_the_address_asks_for_it() throws Exception {
        HttpResponse<String> r = get("/stations/" + enc("示范站") + "/indicators/G1.1?lang=en");
        assertThat(r.body()).contains("<html lang=\"en\">", "Monthly reports", "missing", "Evidence files", "lang=zh-CN")
                .doesNotContain("月度工作总结</h1>");
    }

    @Test
    void should_serve_an_evidence_file_from_inside_the_station() throws Exception {
        HttpResponse<String> r = get("/stations/" + enc("示范站") + "/files?id=" + enc("服务档案/2025/敏感个案评估.txt"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("个案健康信息");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        // Still sandboxed; and, like every answer, never framed (issue 14).
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("sandbox").contains("frame-ancestors 'none'");
    }

    @Test
    void should_refuse_a_crafted_id_that_climbs_out_of_the_station() throws Exception {
        for (String crafted : List.of("../outside.txt", "服务档案/../../outside.txt", tmp.resolve("outside.txt").toString(),
                ".swa/history/x.json", "文书档案/..%2F..%2Foutside.txt")) {
            HttpResponse<String> r = get("/stations/" + enc("示范站") + "/files?id=" + enc(crafted));
            assertThat(r.statusCode()).as(crafted).isEqualTo(404);
            assertThat(r.body()).doesNotContain("not the station's");
        }
        assertThat(get("/stations/" + enc("示范站") + "/files?id=..%2Foutside.txt").statusCode()).isEqualTo(404);
        assertThat(get("/stations/..%2F..%2F/files?id=outside.txt").statusCode()).isIn(400, 404);
    }

    @Test
    void should_answer_the_station_list_and_readiness_as_json() throws Exception {
        JsonNode list = JsonMapper.builder().build().readTree(get("/api/v1/stations").body());
        assertThat(list.get("framework").asString()).isEqualTo("station-star");
        assertThat(list.get("stations").get(0).get("id").asString()).isEqualTo("示范站");
        assertThat(list.get("stations").get(0).get("gapCount").asInt()).isEqualTo(4);
        assertThat(list.get("stations").get(0).get("trend").asString()).isIn("FIRST", "STEADY");

        HttpResponse<String> r = get("/api/v1/stations/" + enc("示范站") + "/readiness?lang=en");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode readiness = JsonMapper.builder().build().readTree(r.body());
        var board = new ReadinessBoard(List.of(station), demo.framework, Period.year(DemoStations.YEAR), demo.catalogue,
                new StationCheck(new ReadinessEngine()), new ScoreHistory(),
                Clock.fixed(DemoStations.AS_OF.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()), Duration.ZERO);
        Map<String, Object> expected = new JsonReport(demo.catalogue).toMap(
                new StationCheck(new ReadinessEngine()).run(station.archive(), demo.framework, board.period(), LocalDate.of(2026, 3, 31)),
                Language.EN);
        assertThat(readiness.propertyNames()).containsExactlyElementsOf(expected.keySet());
        assertThat(readiness.get("gaps").size()).isEqualTo(4);
        assertThat(readiness.get("grade").get("label").asString()).isEqualTo("Excellent");
        assertThat(get("/api/v1/stations/nope/readiness").statusCode()).isEqualTo(404);
    }

    @Test
    void should_recheck_and_come_back_to_the_station_page_when_asked() throws Exception {
        // A browser posts the form with its session and the form's CSRF token (see the browser test); a script with its credentials does the same.
        HttpRequest.Builder recheck = HttpRequest.newBuilder(URI.create(server.url() + "stations/" + enc("示范站") + "/recheck?lang=en"));
        HttpResponse<String> r = SignIn.post(http, server, TestAccounts.HEAD, recheck);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/stations/%E7%A4%BA%E8%8C%83%E7%AB%99?lang=en");
    }

    @Test
    void should_show_an_evaluator_only_the_evidence_of_stations_in_their_open_window() throws Exception {
        assertThat(get("/inspect/jinniu-bureau").body()).contains("评估方只读视图", "/inspect/jinniu-bureau/stations/");
        HttpResponse<String> page = get("/inspect/jinniu-bureau/stations/" + enc("示范站"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("只读视图", "G1.1 月度工作总结").doesNotContain("缺失佐证 (4)", "重新检查", "收件箱");

        HttpResponse<String> linked = get("/inspect/jinniu-bureau/stations/" + enc("示范站") + "/indicators/E1.2");
        assertThat(linked.body()).contains("已隐去（敏感个人信息）", "个案督导记录.txt").doesNotContain("敏感个案评估.txt");
        assertThat(get("/inspect/jinniu-bureau/stations/" + enc("示范站") + "/files?id=" + enc("服务档案/2025/敏感个案评估.txt"))
                .statusCode()).isEqualTo(404);
        assertThat(get("/inspect/jinniu-bureau/stations/" + enc("示范站") + "/files?id=" + enc("服务档案/2025/个案督导记录.txt"))
                .statusCode()).isEqualTo(200);

        assertThat(get("/inspect/someone-else/stations/" + enc("示范站")).statusCode()).isEqualTo(404);
        assertThat(get("/inspect/someone-else").body()).contains("当前没有向您开放的检查窗口");
    }

    @Test
    void should_answer_404_for_a_station_that_is_not_served() throws Exception {
        HttpResponse<String> r = get("/stations/nope");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("页面不存在").doesNotContain("Exception");
    }
}
