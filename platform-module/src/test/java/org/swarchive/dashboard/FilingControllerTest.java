package org.swarchive.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.Period;
import org.swarchive.check.ScoreHistory;
import org.swarchive.check.StationCheck;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The File now endpoint as Share's web script calls it, in front of a door that answers as told. */
class FilingControllerTest {

    static DashboardServer.Running server;
    static final List<String> asked = new ArrayList<>();
    static final HttpClient http = HttpClient.newHttpClient();

    /** The door: the node id says what happens to it. */
    static FileNow.Outcome door(String id) {
        asked.add(id);
        return switch (id) {
            case "filed-1" -> new FileNow.Filed("swa-jn01", id, "JN01-WS·2025-D10-0007", "文书档案/2025/定期10年/2025-03-月度工作总结.docx");
            case "vague-1" -> new FileNow.Queued("swa-jn01", id, "ab12cd34", List.of(LocalizedText.of("无法确定文档类型", "the doc type is unclear"),
                    LocalizedText.of("没有日期", "no date")));
            case "copy-1" -> new FileNow.Refused("swa-jn01", id, FileNow.Refused.Kind.DUPLICATE,
                    LocalizedText.of("内容与已归档的 JN01-WS·2025-D10-0001 相同", "same content as JN01-WS·2025-D10-0001"));
            case "down-1" -> new FileNow.Refused("swa-jn01", id, FileNow.Refused.Kind.UNAVAILABLE,
                    LocalizedText.of("Alfresco 暂时无法处理", "Alfresco could not handle it"));
            default -> new FileNow.NotInInbox(id);
        };
    }

    @BeforeAll
    static void start() {
        var catalogue = new CatalogueLoader().shipped();
        var framework = new FrameworkLibrary(new FrameworkLoader(catalogue)).resolve("station-star");
        ReadinessBoard board = new ReadinessBoard(List.of(), framework, Period.year(2025), catalogue, new StationCheck(new ReadinessEngine()),
                new ScoreHistory(), Clock.systemDefaultZone(), Duration.ofMinutes(5));
        server = DashboardServer.start(new Dashboard(board, DisposalList.notAvailable()).withFileNow(FilingControllerTest::door)
                        .withSignIn(SignIn.provider(new org.swarchive.access.Person("archivist", org.swarchive.access.AccountRole.ARCHIVIST,
                                "swa-jn01", "", "", java.util.Set.of()),
                                new org.swarchive.access.Person("worker", org.swarchive.access.AccountRole.SOCIAL_WORKER, "swa-jn01", "", "",
                                        java.util.Set.of()))),
                "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Answer(int status, JsonNode body) {
    }

    static Answer post(String id) throws Exception {
        HttpResponse<String> r = http.send(org.swarchive.TestAccounts.as("archivist", HttpRequest.newBuilder(URI.create(server.url() + "api/v1/nodes/" + id + "/file")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return new Answer(r.statusCode(), JsonMapper.builder().build().readTree(r.body()));
    }

    @Test
    void should_answer_200_with_the_archive_code_when_the_document_is_filed() throws Exception {
        Answer a = post("filed-1");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("archiveCode").asString()).isEqualTo("JN01-WS·2025-D10-0007");
        assertThat(a.body().get("id").asString()).isEqualTo("filed-1");
        assertThat(a.body().get("message").get("zh-CN").asString()).contains("已归档为 JN01-WS·2025-D10-0007", "文书档案/2025/定期10年");
        assertThat(a.body().get("message").get("en").asString()).startsWith("filed as JN01-WS·2025-D10-0007");
    }

    @Test
    void should_answer_422_with_every_reason_when_the_document_goes_to_the_review_queue() throws Exception {
        Answer a = post("vague-1");
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.body().get("reviewId").asString()).isEqualTo("ab12cd34");
        assertThat(a.body().get("reasons")).hasSize(2);
        assertThat(a.body().get("reasons").get(1).get("en").asString()).isEqualTo("no date");
        assertThat(a.body().get("message").get("zh-CN").asString()).contains("待审队列", "无法确定文档类型", "没有日期");
    }

    @Test
    void should_answer_409_for_a_copy_503_for_an_unreachable_repository_and_404_for_a_node_in_no_inbox() throws Exception {
        assertThat(post("copy-1").status()).isEqualTo(409);
        Answer down = post("down-1");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.body().get("message").get("en").asString()).isEqualTo("Alfresco could not handle it");
        Answer unknown = post("4f1c2e9a-0000-4000-8000-000000000000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("message").get("zh-CN").asString()).contains("收件箱");
    }

    @Test
    void should_not_ask_the_door_when_the_id_is_not_a_node_id() throws Exception {
        asked.clear();
        Answer a = post("not_a_node%21");
        assertThat(a.status()).isEqualTo(404);
        assertThat(asked).isEmpty();
    }

    @Test
    void should_answer_nothing_to_an_anonymous_caller_or_a_role_that_does_not_file() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/nodes/march-1/file"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        // Refused before any filing: no credentials (401), or a browser-style post without the form's token (403).
        assertThat(anonymous.statusCode()).isIn(401, 403);
        assertThat(anonymous.body()).doesNotContain("JN01-WS");
        HttpResponse<String> worker = http.send(org.swarchive.TestAccounts.as("worker", HttpRequest.newBuilder(
                        URI.create(server.url() + "api/v1/nodes/march-1/file")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(worker.statusCode()).isEqualTo(403);
    }
}
