package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.i18n.Language;
import org.swarchive.archive.Period;
import org.swarchive.classify.FilingFixture;
import org.swarchive.dashboard.DashboardServer;
import org.swarchive.demo.DemoDocuments;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.alfresco.AlfrescoFiling;
import org.swarchive.store.alfresco.AlfrescoStub;
import org.swarchive.store.alfresco.FakeRepository;
import org.swarchive.retry.Retries;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Share's 立即归档 end to end: {@code swa serve}'s server on an Alfresco station (the repository a
 * fake that remembers), {@code POST /api/v1/nodes/{id}/file} as Share's web script sends it.
 */
class FileNowTest {

    @TempDir
    Path tmp;
    AlfrescoFiling f;
    DashboardServer.Running server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serve() {
        f = new AlfrescoFiling(tmp);
        Workbench workbench = new Workbench(new CatalogueLoader(), new ReadinessEngine(), AlfrescoStub.basicEnvironment("s3cret"),
                new Retries(2, Duration.ofMillis(1), 2), "");
        var catalogue = workbench.catalogue(null);
        var station = workbench.station("alfresco:" + f.alfresco.baseUrl() + "/sites/" + AlfrescoStub.SITE, null, catalogue);
        // Share files as a signed-in archivist (HTTP Basic, server to server).
        org.swarchive.TestAccounts.add(station.state(), "archivist", org.swarchive.access.AccountRole.ARCHIVIST);
        // On a station in Alfresco the repository checks the password: the archivist is a person there, in the station's group.
        f.repository.person("archivist", org.swarchive.TestAccounts.PASSWORD, "GROUP_" + AlfrescoStub.SITE + "-archivist");
        // The repository lets the archivist write the inbox's documents (include=allowableOperations).
        f.repository.route(ShareIdentityTest.identity(java.util.Set.of("archivist")));
        server = new DashboardLauncher(workbench, FilingFixture.CLOCK).start(List.of(station), workbench.framework("station-star", catalogue),
                Period.year(2025), catalogue, new DashboardLauncher.Listen("127.0.0.1", 0, Duration.ofMinutes(5)),
                new PrintWriter(new StringWriter()), Language.ZH);
    }

    @AfterEach
    void stop() {
        server.close();
        f.close();
    }

    record Answer(int status, JsonNode body) {
    }

    Answer fileNow(String nodeId) throws Exception {
        HttpResponse<String> r = http.send(org.swarchive.TestAccounts.as("archivist", HttpRequest.newBuilder(URI.create(server.url() + "api/v1/nodes/" + nodeId + "/file")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), JsonMapper.builder().build().readTree(r.body()));
    }

    @Test
    void should_file_the_clicked_document_and_answer_its_archive_code() throws Exception {
        String march = f.dropMonthly("三月.docx", 2025, 3);
        String other = f.dropMonthly("四月.docx", 2025, 4);

        Answer a = fileNow(march);

        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        assertThat(a.body().get("archiveCode").asString()).isEqualTo("JN01-WS·2025-D10-0001");
        assertThat(a.body().get("id").asString()).isEqualTo(march);
        assertThat(a.body().get("message").get("zh-CN").asString()).contains("文书档案/2025/定期10年/2025-03-月度工作总结.docx");
        assertThat(f.node(march).get("nodeType").asText()).isEqualTo("swa:documentRecord");
        assertThat(f.node(other).get("nodeType").asText()).as("only the clicked one").isEqualTo("cm:content");
        assertThat(fileNow(march).status()).as("no longer in the inbox").isEqualTo(404);
    }

    @Test
    void should_answer_422_with_the_reasons_and_queue_it_when_the_rules_are_unsure() throws Exception {
        String vague = f.drop("新建文档.docx", f.document(DemoDocuments.Format.DOCX, new DemoDocuments.Content("说明",
                List.of("请大家按时到岗。"), Optional.empty(), Optional.empty())));

        Answer a = fileNow(vague);

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.body().get("reasons").size()).isPositive();
        assertThat(a.body().get("message").get("zh-CN").asString()).startsWith("已放入待审队列（" + a.body().get("reviewId").asString() + "）");
        assertThat(f.notes("filing/review")).containsExactly(a.body().get("reviewId").asString() + ".json");
        assertThat(f.inboxFiles()).containsExactly("新建文档.docx");
    }

    @Test
    void should_answer_409_for_a_copy_of_a_filed_record_and_404_for_a_node_in_no_inbox() throws Exception {
        byte[] march = f.monthly(2025, 3, "x");
        assertThat(fileNow(f.drop("三月.docx", march)).status()).isEqualTo(200);
        Answer copy = fileNow(f.drop("三月(1).docx", march));
        assertThat(copy.status()).isEqualTo(409);
        assertThat(copy.body().get("message").get("zh-CN").asString()).contains("JN01-WS·2025-D10-0001");
        String filed = f.repository.at("Sites/swa-jn01/documentLibrary/JN01/文书档案").orElseThrow().get("id").asText();
        assertThat(fileNow(filed).status()).as("a folder outside the inbox").isEqualTo(404);
        assertThat(fileNow("4f1c2e9a-0000-4000-8000-000000000000").status()).isEqualTo(404);
    }

    @Test
    void should_answer_503_with_a_readable_message_when_the_repository_fails() throws Exception {
        String march = f.dropMonthly("三月.docx", 2025, 3);
        f.repository.route((method, path, query, r, repo) -> path.contains("/move") ? FakeRepository.ok(500, FakeRepository.errorBody(500)) : null);

        Answer a = fileNow(march);

        assertThat(a.status()).isEqualTo(503);
        assertThat(a.body().get("message").get("zh-CN").asString()).contains("暂时无法处理", "HTTP 500");
        assertThat(f.inboxFiles()).containsExactly("三月.docx");
    }
}
