package org.swarchive.app;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swarchive.store.alfresco.WithFakeRepository;
import org.swarchive.store.alfresco.AlfrescoStub;
import org.swarchive.store.alfresco.FakeRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Share's 检查准备度 / Check readiness: {@code POST /api/v1/nodes/{id}/readiness-check} on a served station in Alfresco. */
class NodeReadinessCheckTest extends WithFakeRepository {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
    static final JsonMapper JSON = JsonMapper.builder().build();

    String stationId;
    ServeRunner swa;

    @BeforeEach
    void start() throws InterruptedException {
        stationId = stationWithPolicy("JN01", Map.of("swa:indicators", "C1.1"));
        // A second site the service does not serve.
        stations.provision("JN02", "金牛区第二社工站");
        // Share calls as a signed-in station manager (HTTP Basic, server to server).
        stations.head("swa-jn01");
        swa = ServeRunner.start(CLOCK, AlfrescoStub.basicEnvironment("s3cret"), "serve", "--store", stations.store("swa-jn01"),
                "--period", "2025", "--port", "0", "--recheck-after", "PT1H");
        assertThat(swa.url()).as(swa.err()).isNotNull();
    }

    @AfterEach
    void stop() throws InterruptedException {
        swa.close();
    }

    private JsonNode check(String nodeId, int status) throws Exception {
        HttpResponse<String> r = swa.post("/api/v1/nodes/" + nodeId + "/readiness-check");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("message").get("zh-CN").asString()).isNotBlank();
        assertThat(body.get("message").get("en").asString()).isNotBlank();
        return body;
    }

    private ObjectNode evidenceFolder(String code) {
        return stations.ofType(stationId, "swa:evidenceFolder").stream()
                .filter(n -> n.get("properties").get("swa:indicatorCode").asText().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void should_recheck_and_write_back_when_share_asks_on_the_station_folder() throws Exception {
        JsonNode body = check(stationId, 200);
        assertThat(body.get("station").asString()).isEqualTo("swa-jn01");
        assertThat(body.get("score").isNumber()).isTrue();
        assertThat(body.get("gapCount").asInt()).isPositive();
        assertThat(body.get("grade").get("zh-CN").asString()).isNotBlank();
        assertThat(body.get("message").get("zh-CN").asString()).contains("swa-jn01", "得分", "缺失佐证");
        assertThat(body.get("message").get("en").asString()).contains("swa-jn01", "score", "gaps");
        assertThat(evidenceFolder("C1.1").get("properties").get("swa:checkedAt").asText()).startsWith("2026-03-01T02:00");
        assertThat(repository.secondaryChildren(evidenceFolder("C1.1").get("id").asText())).hasSize(1);
        assertThat(stations.ofType(stationId, "swa:readinessReport")).hasSize(1);
        assertThat(repository.node(stationId).get("properties").has("swa:lastScan")).as("the checkpoint moves as on a poll").isTrue();
        // The re-check is the service's background work: logged, not printed.
        assertThat(swa.log()).contains("swa watch:", "swa-jn01");
    }

    @Test
    void should_recheck_the_station_when_share_asks_on_an_evidence_folder_or_a_record_below_it() throws Exception {
        String record = repository.descendants(stationId).stream().filter(n -> n.get("name").asText().equals("管理制度汇编.docx"))
                .findFirst().orElseThrow().get("id").asText();
        for (String node : List.of(evidenceFolder("G1.1").get("id").asText(), record)) {
            assertThat(check(node, 200).get("station").asString()).as(node).isEqualTo("swa-jn01");
        }
    }

    @Test
    void should_show_the_new_result_on_the_board_at_once_when_share_asked_after_a_document_came() throws Exception {
        int before = JSON.readTree(swa.get("/api/v1/stations").body()).get("stations").get(0).get("gapCount").asInt();
        stations.file(stationId, "文书档案/2025/定期10年/2025-01-月度工作总结.docx", "swa:documentRecord",
                Map.of("swa:docType", "monthly-summary", "swa:period", "2025-01", "swa:retention", "D10"), new byte[] {1});
        assertThat(check(stationId, 200).get("gapCount").asInt()).isEqualTo(before - 1);
        // Checks are kept for an hour here: only the re-check can have told the board.
        assertThat(JSON.readTree(swa.get("/api/v1/stations").body()).get("stations").get(0).get("gapCount").asInt()).isEqualTo(before - 1);
    }

    @Test
    void should_answer_404_with_a_message_when_the_node_is_in_no_served_station() throws Exception {
        String notes = repository.at("Sites/swa-jn01/documentLibrary/.swa").orElseThrow().get("id").asText();
        String otherStation = repository.children(repository.library("swa-jn02")).stream()
                .filter(n -> n.get("nodeType").asText().equals("swa:station")).findFirst().orElseThrow().get("id").asText();
        for (String node : List.of(notes, otherStation, repository.library("swa-jn01"), "5a7e1c3b-0000-4000-8000-00000000dead", "-root-")) {
            assertThat(check(node, 404).get("message").get("en").asString()).as(node).contains("in no station this service checks");
        }
        assertThat(stations.ofType(stationId, "swa:readinessReport")).as("nothing written").isEmpty();
    }

    @Test
    void should_answer_503_when_the_repository_cannot_be_reached_and_502_when_it_refuses() throws Exception {
        // Share's account signed in a moment ago (the dashboard keeps it a minute): the repository going away does not sign it out.
        assertThat(swa.get("/api/v1/stations").statusCode()).isEqualTo(200);
        alfresco.server().stubFor(any(anyUrl()).atPriority(1).willReturn(AlfrescoStub.json(503, FakeRepository.errorBody(503))));
        assertThat(check(stationId, 503).get("message").get("zh-CN").asString()).contains("暂时无法处理");
        alfresco.server().stubFor(any(anyUrl()).atPriority(1).willReturn(AlfrescoStub.json(403, FakeRepository.errorBody(403))));
        assertThat(check(stationId, 502).get("message").get("en").asString()).contains("lacks the 'Read' permission");
    }
}
