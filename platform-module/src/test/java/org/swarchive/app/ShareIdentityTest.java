package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.TestAccounts;
import org.swarchive.archive.Period;
import org.swarchive.classify.FilingFixture;
import org.swarchive.dashboard.DashboardServer;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.i18n.Language;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.retry.Retries;
import org.swarchive.store.alfresco.AlfrescoFiling;
import org.swarchive.store.alfresco.AlfrescoSignIn;
import org.swarchive.store.alfresco.AlfrescoStub;
import org.swarchive.store.alfresco.FakeRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Share's File now and Check readiness on behalf of Share's signed-in user: Share's {@code alfresco}
 * connector appends the user's ticket ({@code ?alf_ticket=…}); the platform asks the repository
 * whose it is and whether they may write the node, and answers 401/403 with a message Share shows.
 */
class ShareIdentityTest {

    private static final Pattern NODE = Pattern.compile(AlfrescoStub.CORE + "/nodes/([0-9a-fA-F-]{36})");

    @TempDir
    Path tmp;
    AlfrescoFiling f;
    DashboardServer.Running server;
    final HttpClient http = HttpClient.newHttpClient();

    /**
     * The repository's answers the fake does not keep: who a ticket is ({@code GET /people/-me-}) and
     * what a person may do with a node ({@code include=allowableOperations}): {@code update} for these writers only.
     */
    static FakeRepository.Route identity(Set<String> writers) {
        return (method, path, query, r, repo) -> {
            if (!method.equals("GET")) {
                return null;
            }
            if (path.equals(AlfrescoStub.CORE + "/people/-me-")) {
                String me = repo.caller(r);
                if (me == null) {
                    return FakeRepository.ok(401, FakeRepository.errorBody(401));
                }
                ObjectNode person = JsonMapperHolder.JSON.createObjectNode().put("id", me).put("firstName", me)
                        .put("email", me + "@example.org").put("enabled", true).put("emailNotificationsEnabled", true);
                return FakeRepository.ok(200, AlfrescoStub.entry(person));
            }
            Matcher m = NODE.matcher(path);
            if (m.matches() && query.getOrDefault("include", "").contains("allowableOperations")) {
                String me = repo.caller(r);
                if (me == null) {
                    return FakeRepository.ok(401, FakeRepository.errorBody(401));
                }
                ObjectNode node = repo.node(m.group(1));
                if (node == null) {
                    return FakeRepository.ok(404, FakeRepository.errorBody(404));
                }
                ObjectNode shown = node.deepCopy();
                shown.remove("permissions");
                var ops = shown.putArray("allowableOperations");
                if (writers.contains(me)) {
                    ops.add("update").add("delete").add("create");
                }
                return FakeRepository.ok(200, AlfrescoStub.entry(shown));
            }
            return null;
        };
    }

    private static final class JsonMapperHolder {
        static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    }

    @BeforeEach
    void serve() {
        f = new AlfrescoFiling(tmp);
        f.repository.person("archivist", TestAccounts.PASSWORD, "GROUP_" + AlfrescoStub.SITE + "-archivist")
                .person("head", TestAccounts.PASSWORD, "GROUP_" + AlfrescoStub.SITE + "-station-head")
                .person("zhao", TestAccounts.PASSWORD, "GROUP_" + AlfrescoStub.SITE + "-social-worker");
        f.repository.route(identity(Set.of("archivist")));
        Workbench workbench = new Workbench(new CatalogueLoader(), new ReadinessEngine(), AlfrescoStub.basicEnvironment("s3cret"),
                new Retries(2, Duration.ofMillis(1), 2), "");
        var catalogue = workbench.catalogue(null);
        var station = workbench.station("alfresco:" + f.alfresco.baseUrl() + "/sites/" + AlfrescoStub.SITE, null, catalogue);
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

    /** Share's ticket for this person, as Share's sign-in bought it. */
    private String ticket(String person) {
        return new AlfrescoSignIn(f.alfresco.baseUrl(), new Retries(1, Duration.ofMillis(1), 1)).signIn(person, TestAccounts.PASSWORD)
                .orElseThrow().ticket();
    }

    /** As Share's web script posts it: JSON, no browser origin, the ticket in the query (or none). */
    private Answer post(String nodeId, String action, String ticket) throws Exception {
        String query = ticket == null ? "" : "?alf_ticket=" + java.net.URLEncoder.encode(ticket, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/nodes/" + nodeId + "/" + action + query))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body().isEmpty() ? null : JsonMapper.builder().build().readTree(r.body()));
    }

    @Test
    void should_answer_401_with_a_message_when_share_passes_no_ticket_or_one_the_repository_does_not_take() throws Exception {
        String march = f.dropMonthly("三月.docx", 2025, 3);
        for (String ticket : java.util.Arrays.asList(null, "TICKET_not-a-real-one")) {
            for (String action : List.of("file", "readiness-check")) {
                Answer a = post(march, action, ticket);
                assertThat(a.status()).as(action + " " + ticket).isEqualTo(401);
                assertThat(a.body().get("message").get("zh-CN").asString()).contains("重新登录 Share");
                assertThat(a.body().get("message").get("en").asString()).contains("sign in to Share again");
            }
        }
        assertThat(f.node(march).get("nodeType").asText()).as("nothing filed").isEqualTo("cm:content");
    }

    @Test
    void should_answer_403_when_the_repository_does_not_let_the_share_user_write_the_node_or_their_role_is_not_a_managers()
            throws Exception {
        String march = f.dropMonthly("三月.docx", 2025, 3);

        Answer head = post(march, "file", ticket("head"));
        assertThat(head.status()).as("a head without Write on the node").isEqualTo(403);
        assertThat(head.body().get("message").get("en").asString()).contains("Write permission");
        Answer zhao = post(march, "file", ticket("zhao"));
        assertThat(zhao.status()).as("a social worker").isEqualTo(403);
        assertThat(zhao.body().get("message").get("zh-CN").asString()).contains("站长或档案管理员");
        assertThat(post(march, "readiness-check", ticket("zhao")).status()).isEqualTo(403);
        assertThat(f.node(march).get("nodeType").asText()).as("nothing filed").isEqualTo("cm:content");
    }

    @Test
    void should_file_as_the_share_user_when_the_repository_lets_them_write_the_node() throws Exception {
        String march = f.dropMonthly("三月.docx", 2025, 3);

        Answer archivist = post(march, "file", ticket("archivist"));

        assertThat(archivist.status()).as(String.valueOf(archivist.body())).isEqualTo(200);
        assertThat(archivist.body().get("archiveCode").asString()).isEqualTo("JN01-WS·2025-D10-0001");
        assertThat(f.node(march).get("nodeType").asText()).isEqualTo("swa:documentRecord");
    }
}
