package org.swarchive.app;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.DemoStations;
import org.swarchive.TestAccounts;
import org.swarchive.dashboard.SignIn;
import org.swarchive.store.alfresco.AlfrescoStub;
import org.swarchive.store.alfresco.FakeRepository;
import org.swarchive.store.alfresco.WithFakeRepository;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code swa serve} on a station in Alfresco signs people in with the repository (a ticket, roles
 * from the station's groups) and reads their documents with their ticket, so the repository's
 * permissions decide; the service account's reach is never lent to them.
 */
class AlfrescoDashboardSignInTest extends WithFakeRepository {

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
        repository.person("zhao", "Zhao-pw-1", "GROUP_swa-jn01-social-worker")
                .person("visitor", "Visitor-pw-1", "GROUP_EVERYONE");
    }

    private ServeRunner serve() throws InterruptedException {
        return ServeRunner.start(CLOCK, AlfrescoStub.basicEnvironment("s3cret"), "serve", "--store",
                "alfresco:" + alfresco.baseUrl() + "/sites/swa-jn01", "--period", "2025", "--port", "0");
    }

    /** A record's id as the dashboard names it: its path below the station folder. */
    private String recordId(ObjectNode node) {
        List<String> names = new ArrayList<>();
        ObjectNode n = node;
        while (n != null && !n.get("id").asText().equals(stationId)) {
            names.add(0, n.get("name").asText());
            n = repository.node(n.get("parentId").asText());
        }
        return String.join("/", names);
    }

    private ObjectNode first(String type) {
        return repository.descendants(stationId).stream().filter(n -> n.get("nodeType").asText().equals(type)).findFirst().orElseThrow();
    }

    private static String file(String id) {
        return "stations/swa-jn01/files?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    @Test
    void should_sign_in_with_the_repository_and_read_documents_with_the_persons_ticket() throws Exception {
        String document = recordId(first("swa:documentRecord"));
        try (ServeRunner swa = serve()) {
            assertThat(swa.url()).as(swa.err()).isNotNull();
            SignIn head = SignIn.as(swa.url(), TestAccounts.HEAD);
            assertThat(head.signedIn()).as(head.answer().headers().map().toString()).isTrue();
            assertThat(head.get("/stations/swa-jn01").statusCode()).isEqualTo(200);
            int before = alfresco.server().findAll(getRequestedFor(urlPathMatching(".*/nodes/[^/]+/content"))).size();

            HttpResponse<String> read = head.get(file(document));

            assertThat(read.statusCode()).isEqualTo(200);
            List<LoggedRequest> content = alfresco.server().findAll(getRequestedFor(urlPathMatching(".*/nodes/[^/]+/content")));
            assertThat(content).hasSize(before + 1);
            LoggedRequest asHead = content.get(content.size() - 1);
            assertThat(repository.caller(asHead)).as("the document was read as the person").isEqualTo(TestAccounts.HEAD);
            assertThat(asHead.getHeader("Authorization")).as("with their ticket, not a password")
                    .isNotEqualTo(TestAccounts.basic(TestAccounts.HEAD));
            assertThat(swa.log() + swa.out() + swa.err()).doesNotContain("TICKET_").doesNotContain(TestAccounts.PASSWORD);
        }
    }

    @Test
    void should_answer_404_when_the_repository_refuses_the_person_a_record_the_service_account_reads() throws Exception {
        ObjectNode refused = first("swa:documentRecord");
        String id = recordId(refused);
        String nodeId = refused.get("id").asText();
        // The repository's permissions: zhao may not read this document (an ACE the district set), whatever the policy would allow.
        repository.route((method, path, query, r, repo) -> "zhao".equals(repo.caller(r))
                && (path.contains(nodeId) || query.getOrDefault("relativePath", "").equals(id))
                ? FakeRepository.ok(403, FakeRepository.errorBody(403)) : null);
        try (ServeRunner swa = serve()) {
            assertThat(swa.url()).as(swa.err()).isNotNull();
            SignIn zhao = SignIn.as(swa.url(), "zhao", "Zhao-pw-1");
            assertThat(zhao.signedIn()).isTrue();

            assertThat(zhao.get(file(id)).statusCode()).as("refused by the repository: not there for them").isEqualTo(404);
            assertThat(SignIn.as(swa.url(), TestAccounts.HEAD).get(file(id)).statusCode()).as("the head may").isEqualTo(200);
            // Personnel records: neither the policy nor (in a real repository) the permissions let a social worker in.
            assertThat(zhao.get(file(recordId(first("swa:personnelRecord")))).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void should_refuse_strangers_wrong_passwords_and_people_of_no_station_and_lock_the_name_out() throws Exception {
        String document = recordId(first("swa:documentRecord"));
        try (ServeRunner swa = serve()) {
            assertThat(swa.url()).as(swa.err()).isNotNull();
            swa.as(null);
            assertThat(swa.get(file(document)).statusCode()).as("anonymous file").isEqualTo(401);
            HttpResponse<String> page = swa.get("/stations/swa-jn01");
            assertThat(page.statusCode()).as("anonymous page").isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            assertThat(SignIn.as(swa.url(), "visitor", "Visitor-pw-1").signedIn()).as("no station group").isFalse();
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> wrong = SignIn.as(swa.url(), "zhao", "wrong-" + i).answer();
                assertThat(wrong.headers().firstValue("Location").orElseThrow()).contains("/login?error");
            }
            assertThat(SignIn.as(swa.url(), "zhao", "Zhao-pw-1").signedIn()).as("locked after five failures").isFalse();
            assertThat(swa.as("zhao").get(file(document)).statusCode()).as("Basic with a wrong password").isEqualTo(401);
        }
    }
}
