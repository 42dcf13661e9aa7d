package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.DemoStations;
import org.swarchive.TestAccounts;
import org.swarchive.dashboard.SignIn;
import org.swarchive.store.alfresco.AlfrescoStub;
import org.swarchive.store.alfresco.WithFakeRepository;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.swarchive.access.AccountRole;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordReader;
import org.swarchive.check.ScoreHistory;
import org.swarchive.check.StationCheck;
import org.swarchive.dashboard.Dashboard;
import org.swarchive.dashboard.DashboardServer;
import org.swarchive.dashboard.ReadinessBoard;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.inspect.InspectionPackage;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ModelConstraints;
import org.swarchive.store.Station;
import org.swarchive.store.alfresco.AccessFixture;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.AlfrescoCredentials;
import org.swarchive.store.alfresco.AlfrescoEvidenceFiles;
import org.swarchive.store.alfresco.AlfrescoStationState;
import org.swarchive.store.alfresco.AlfrescoStore;

/**
 * The dashboard's {@code /search} on a station in Alfresco (issue 16 §4), through the search API of
 * the WireMock fake: nobody searches without signing in, each signed-in person finds only what the
 * one access policy lets them open, and an evaluator finds nothing without a window open to their group.
 */
class AlfrescoDashboardSearchTest extends WithFakeRepository {

    @TempDir
    static Path tmp;
    static Path demo;

    static final Clock CLOCK = Clock.fixed(DemoStations.AS_OF.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    @BeforeAll
    static void makeDemo() {
        demo = new DemoStations().make(tmp.resolve("demo"));
    }

    @BeforeEach
    void station() {
        repository.withSearchIndex();
        String stationId = stations.provision("JN01", "金牛区示范社工站");
        stations.mirror(stationId, demo);
        stations.head("swa-jn01");
        repository.person("zhao", "Zhao-pw-1", "GROUP_swa-jn01-social-worker")
                .person("eval", "Eval-pw-1", "GROUP_swa-jn01-evaluator", "GROUP_district-eval-2025")
                .person("visitor", "Visitor-pw-1", "GROUP_EVERYONE");
    }

    private ServeRunner serve() throws InterruptedException {
        return ServeRunner.start(CLOCK, AlfrescoStub.basicEnvironment("s3cret"), "serve", "--store",
                "alfresco:" + alfresco.baseUrl() + "/sites/swa-jn01", "--period", "2025", "--port", "0");
    }

    /** The record ids the hits of a search page link to. */
    static List<String> hits(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("class=\"hit-link\" href=\"[^\"]*files\\?id=([^\"&]+)").matcher(page);
        while (m.find()) {
            ids.add(URLDecoder.decode(m.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8));
        }
        return ids;
    }

    @Test
    void should_send_an_anonymous_search_to_the_sign_in_form_and_refuse_a_wrong_password() throws Exception {
        try (ServeRunner swa = serve()) {
            assertThat(swa.url()).as(swa.err()).isNotNull();
            swa.as(null);
            HttpResponse<String> anonymous = swa.get("/search?category=personnel");
            assertThat(anonymous.statusCode()).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            assertThat(hits(anonymous.body())).isEmpty();
            HttpResponse<String> wrong = swa.as("zhao").get("/search?category=personnel");
            assertThat(wrong.statusCode()).as("Basic with a wrong password").isEqualTo(401);
            assertThat(hits(wrong.body())).isEmpty();
            assertThat(SignIn.as(swa.url(), "visitor", "Visitor-pw-1").signedIn()).as("no station group").isFalse();
        }
    }

    @Test
    void should_let_each_person_find_only_what_they_may_open() throws Exception {
        try (ServeRunner swa = serve()) {
            assertThat(swa.url()).as(swa.err()).isNotNull();
            SignIn head = SignIn.as(swa.url(), TestAccounts.HEAD);
            SignIn zhao = SignIn.as(swa.url(), "zhao", "Zhao-pw-1");
            assertThat(head.signedIn()).isTrue();
            assertThat(zhao.signedIn()).isTrue();

            List<String> personnel = hits(head.get("/search?category=personnel").body());
            assertThat(personnel).as("the head finds personnel records").isNotEmpty();
            HttpResponse<String> asWorker = zhao.get("/search?category=personnel");
            assertThat(asWorker.statusCode()).isEqualTo(200);
            assertThat(hits(asWorker.body())).as("a social worker finds no personnel record").isEmpty();

            List<String> found = hits(zhao.get("/search?period=2025").body());
            assertThat(found).isNotEmpty();
            for (String id : found) {
                assertThat(zhao.get("/stations/swa-jn01/files?id=" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8)).statusCode())
                        .as(id).isEqualTo(200);
            }
        }
    }

    @Test
    void should_let_an_evaluator_find_nothing_without_a_window_open_to_their_group() throws Exception {
        try (ServeRunner swa = serve()) {
            assertThat(swa.url()).as(swa.err()).isNotNull();
            SignIn eval = SignIn.as(swa.url(), "eval", "Eval-pw-1");
            if (eval.signedIn()) {
                HttpResponse<String> r = eval.get("/search?period=2025");
                assertThat(hits(r.body())).isEmpty();
            }
            assertThat(hits(SignIn.as(swa.url(), TestAccounts.HEAD).get("/search?period=2025").body())).isNotEmpty();
        }
    }

    /*
     * With a window open (the AccessFixture station, as DashboardReadsTest serves it): the evaluator's
     * hits are evidence of the check evaluated (the one rule of swa find and the file view), fewer than
     * the head's; the evaluators of another station find nothing here.
     */
    @Test
    void should_let_an_evaluator_find_only_evidence_through_a_window_open_to_their_group() throws Exception {
        java.time.Instant during = java.time.Instant.parse("2026-03-03T04:00:00Z");
        try (AccessFixture fx = new AccessFixture()) {
            AccessFixture.Run open = fx.swa(during, "inspect", "open", "--store", fx.store(AccessFixture.JN01), "--evaluators",
                    AccessFixture.ASSESSORS, "--until", "2026-03-09", "--period", "2025", "--as", "站长王芳", "--lang", "en");
            assertThat(open.exitCode()).as(open.err()).isZero();
            fx.repository.withSearchIndex();
            try (AlfrescoClient client = fx.alfresco.client(AlfrescoCredentials.basic("archivist", AccessFixture.PASSWORD))) {
                DemoStations library = new DemoStations();
                Station station = new Station(AccessFixture.JN01, new AlfrescoStore(client, AccessFixture.JN01,
                        new RecordReader(library.catalogue), ModelConstraints.shipped()),
                        new AlfrescoEvidenceFiles(client, AccessFixture.JN01), new AlfrescoStationState(client, AccessFixture.JN01));
                TestAccounts.head(station.state());
                TestAccounts.add(station.state(), ASSESSOR, AccountRole.EVALUATOR, AccessFixture.ASSESSORS, "", Set.of());
                TestAccounts.add(station.state(), OTHER_ASSESSOR, AccountRole.EVALUATOR, AccessFixture.JN02_ASSESSORS, "", Set.of());
                Clock clock = Clock.fixed(during, ZoneId.systemDefault());
                ReadinessBoard board = new ReadinessBoard(List.of(station), library.framework, Period.year(2025), library.catalogue,
                        new StationCheck(new ReadinessEngine()), new ScoreHistory(), clock, Duration.ofMinutes(5));
                Workbench workbench = new Workbench(new CatalogueLoader(), new ReadinessEngine(), Map.of(), AlfrescoClient.STANDARD_RETRIES, "");
                StationFeatures features = new StationFeatures(workbench, library.catalogue, clock, List.of(station));
                Set<String> evidence = InspectionPackage.evidenceIds(new StationCheck(new ReadinessEngine())
                        .run(station.archive(), library.framework, Period.year(2025), LocalDate.of(2026, 3, 3)));
                DashboardServer.Running server = DashboardServer.start(new Dashboard(board, features)
                        .withReads(new DashboardReads(clock)).withSearch(new DashboardSearch(ZoneId.systemDefault())), "127.0.0.1", 0);
                try {
                    List<String> policy = hits(search(server, "/search?q=" + enc("管理制度"), ASSESSOR));
                    assertThat(policy).as("evidence, through the window").isNotEmpty();
                    assertThat(evidence).containsAll(policy);
                    // Whatever an evaluator finds is evidence; a sensitive record never, though the head finds it.
                    assertThat(evidence).containsAll(hits(search(server, "/search?q=" + enc("员工档案"), ASSESSOR)));
                    assertThat(hits(search(server, "/search?q=" + enc("需求调研"), TestAccounts.HEAD))).as("the head").isNotEmpty();
                    assertThat(hits(search(server, "/search?q=" + enc("需求调研"), ASSESSOR))).as("sensitive").isEmpty();
                    assertThat(hits(search(server, "/search?q=" + enc("管理制度"), OTHER_ASSESSOR))).as("no window for their group").isEmpty();
                    assertThat(search(server, "/search?q=" + enc("管理制度"), null)).doesNotContain("hit-link");
                } finally {
                    server.close();
                }
            }
        }
    }

    private static final String ASSESSOR = "评估员张三";
    private static final String OTHER_ASSESSOR = "评估员李四";

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String search(DashboardServer.Running server, String path, String as) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(server.url() + path.substring(1)));
        return HttpClient.newHttpClient().send((as == null ? request : TestAccounts.as(as, request)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
