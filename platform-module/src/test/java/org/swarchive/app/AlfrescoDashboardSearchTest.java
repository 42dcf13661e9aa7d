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
}
