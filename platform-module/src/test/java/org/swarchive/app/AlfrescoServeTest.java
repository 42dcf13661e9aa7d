package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.DemoStations;
import org.swarchive.store.alfresco.WithFakeRepository;
import org.swarchive.store.alfresco.AlfrescoStub;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code swa serve} on a station in Alfresco: pages, the Share dashlet's JSON, evidence files, score history in the site's notes. */
class AlfrescoServeTest extends WithFakeRepository {

    @TempDir
    static Path tmp;
    static Path demo;

    static final Clock CLOCK = Clock.fixed(DemoStations.AS_OF.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    String stationId;

    @BeforeAll
    static void makeDemo() {
        demo = new DemoStations().make(tmp.resolve("demo"));
    }

    @BeforeEach
    void station() {
        stationId = stations.provision("JN01", "金牛区示范社工站");
        stations.mirror(stationId, demo);
        stations.head("swa-jn01");
    }

    private ServeRunner serve(String... extra) throws InterruptedException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("serve", "--store",
                "alfresco:" + alfresco.baseUrl() + "/sites/swa-jn01", "--period", "2025", "--port", "0"));
        args.addAll(java.util.List.of(extra));
        return ServeRunner.start(CLOCK, AlfrescoStub.basicEnvironment("s3cret"), args.toArray(String[]::new));
    }

    @Test
    void should_serve_the_pages_and_the_dashlets_json_when_the_station_is_in_alfresco() throws Exception {
        try (ServeRunner swa = serve()) {
            assertThat(swa.url()).as(swa.err()).isNotNull();
            HttpResponse<String> list = swa.get("/");
            assertThat(list.statusCode()).isEqualTo(200);
            // The same station, checked through the repository, as its folder store gives: the demo's four gaps.
            assertThat(list.body()).contains("swa-jn01", "98.49", "优秀", "缺失佐证 4");
            HttpResponse<String> page = swa.get("/stations/swa-jn01");
            assertThat(page.body()).contains("G1.1 月度工作总结", "缺失佐证 (4)", "2025-08-05");
            JsonNode readiness = JsonMapper.builder().build().readTree(swa.get("/api/v1/stations/swa-jn01/readiness").body());
            assertThat(readiness.get("score").asDouble()).isEqualTo(98.49);
            assertThat(readiness.get("gaps").size()).isEqualTo(4);
        }
    }

    @Test
    void should_open_an_evidence_file_through_the_repository_when_its_link_is_followed() throws Exception {
        try (ServeRunner swa = serve()) {
            String indicator = swa.get("/stations/swa-jn01/indicators/G1.1").body();
            Matcher link = Pattern.compile("href=\"(/stations/swa-jn01/files\\?id=[^\"]+)\"").matcher(indicator);
            assertThat(link.find()).as(indicator).isTrue();
            HttpResponse<String> file = swa.get(link.group(1).replace("&amp;", "&"));
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body()).isNotEmpty();
            assertThat(swa.get("/stations/swa-jn01/files?id=" + URLEncoder.encode("../.swa/alerts/state.json", StandardCharsets.UTF_8))
                    .statusCode()).isEqualTo(404);
        }
    }

    @Test
    void should_keep_the_score_history_in_the_sites_notes_and_draw_the_trend_from_it() throws Exception {
        String library = repository.library("swa-jn01");
        // Yesterday's check, as another replica (or an earlier run) left it in the site's notes.
        stations.file(library, ".swa/history/station-star_2025_2026-03-30.json", "cm:content", Map.of(),
                ("{\"framework\":\"station-star\",\"period\":\"2025\",\"asOf\":\"2026-03-30\",\"score\":90.00,\"gaps\":9,"
                        + "\"upcoming\":0,\"records\":400}").getBytes(StandardCharsets.UTF_8));
        try (ServeRunner swa = serve()) {
            JsonNode list = JsonMapper.builder().build().readTree(swa.get("/api/v1/stations").body());
            JsonNode station = list.get("stations").get(0);
            assertThat(station.get("id").asString()).isEqualTo("swa-jn01");
            assertThat(station.get("trend").asString()).isEqualTo("UP");
            assertThat(station.get("change").asDouble()).isEqualTo(8.49);
        }
        assertThat(repository.at("Sites/swa-jn01/documentLibrary/.swa/history/station-star_2025_2026-03-31.json")).isPresent();
        assertThat(repository.descendants(stationId)).as("nothing of the service's notes in the station folder")
                .noneMatch(n -> n.get("name").asText().endsWith(".json"));
    }
}
