package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.swarchive.access.Role;
import org.swarchive.dashboard.SignIn;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.retry.Retries;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.AlfrescoCredentials;
import org.swarchive.store.alfresco.AlfrescoSignIn;
import org.swarchive.store.alfresco.LiveRepository;

/**
 * On the live repository: a station made by {@code swa station create}, real people in its groups
 * (random passwords held in memory only), and {@code swa serve} signing them in with the repository
 * and reading as them — so the repository's permissions decide what a social worker gets from
 * 人事档案.
 */
@Tag(LiveRepository.TAG)
class LiveSignInTest {


    private final LiveRepository live = LiveRepository.get();
    private final String code = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
    private final String site = "swa-" + code.toLowerCase();
    private final LivePeople people = new LivePeople(code);


    private int swa(String... args) {
        picocli.CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), Clock.systemDefaultZone(), live.environment(),
                new Retries(3, Duration.ofMillis(500), 2)).commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int rc = cl.execute(args);
        assertThat(rc).as(String.join(" ", args) + ": " + err).isIn(0, 1);
        return rc;
    }



    @Test
    void should_let_the_repositorys_permissions_decide_what_each_signed_in_person_reads() throws Exception {
        swa("station", "create", "--store", "alfresco:" + live.baseUrl(), code, "示范社工站 " + code, "--lang", "en");
        String personnel = "人事档案/员工花名册-" + code + ".txt";
        String worker;
        String evaluator;
        String head;
        try (AlfrescoClient client = live.client()) {
            var station = client.call(AlfrescoClient.Action.read(site), () -> client.nodes().getNode("-root-", null,
                    "Sites/" + site + "/documentLibrary/" + code, null)).getEntry();
            client.upload(AlfrescoClient.Action.createChildren("人事档案"), station.getId(), "人事档案", personnel.substring("人事档案/".length()),
                    "text/plain", "员工花名册".getBytes(StandardCharsets.UTF_8), Map.of()).orElseThrow();
            worker = people.add(client, "worker", Role.SOCIAL_WORKER);
            evaluator = people.add(client, "evaluator", Role.EVALUATOR);
            head = people.add(client, "head", Role.STATION_HEAD);
        }
        swa("access", "apply", "--store", "alfresco:" + live.baseUrl() + "/sites/" + site, "--lang", "en");

        // The repository itself refuses the social worker 人事档案, asked with their own ticket.
        AlfrescoSignIn.SignedIn asWorker = new AlfrescoSignIn(live.baseUrl(), new Retries(2, Duration.ofMillis(200), 2))
                .signIn(worker, people.password(worker)).orElseThrow();
        assertThat(asWorker.rolesBySite()).containsEntry(site, java.util.Set.of(Role.SOCIAL_WORKER));

        try (ServeRunner swa = ServeRunner.start(Clock.systemDefaultZone(), live.environment(), "serve", "--store",
                "alfresco:" + live.baseUrl() + "/sites/" + site, "--port", "0")) {
            assertThat(swa.url()).as(swa.err()).isNotNull();
            String file = "stations/" + site + "/files?id=" + URLEncoder.encode(personnel, StandardCharsets.UTF_8);

            swa.as(null);
            assertThat(swa.get(file).statusCode()).as("anonymous").isEqualTo(401);
            assertThat(swa.get("/stations/" + site).statusCode()).as("anonymous page").isEqualTo(302);

            SignIn asHead = SignIn.as(swa.url(), head, people.password(head));
            assertThat(asHead.signedIn()).isTrue();
            HttpResponse<String> headRead = asHead.get(file);
            System.out.printf("acs-live: head reads %s → %d%n", personnel, headRead.statusCode());
            assertThat(headRead.statusCode()).as("the station head reads 人事档案").isEqualTo(200);

            SignIn asSocialWorker = SignIn.as(swa.url(), worker, people.password(worker));
            assertThat(asSocialWorker.signedIn()).isTrue();
            assertThat(asSocialWorker.get("/stations/" + site).statusCode()).isEqualTo(200);
            assertThat(asSocialWorker.get(file).statusCode()).as("a social worker gets nothing from 人事档案").isEqualTo(404);

            SignIn asEvaluator = SignIn.as(swa.url(), evaluator, people.password(evaluator));
            assertThat(asEvaluator.signedIn()).isTrue();
            assertThat(asEvaluator.get(file).statusCode()).as("an evaluator outside a window").isIn(403, 404);

            assertThat(SignIn.as(swa.url(), worker, people.password(worker) + "x").signedIn()).as("wrong password").isFalse();
            assertThat(swa.log() + swa.out() + swa.err()).doesNotContain(asWorker.ticket()).doesNotContain(people.password(worker));
        }
        // The access register names the person who read, not the service account the platform scans with.
        java.nio.file.Path out = java.nio.file.Files.createTempFile("register", ".html");
        swa("access", "register", "--store", "alfresco:" + live.baseUrl() + "/sites/" + site, "--from",
                java.time.LocalDate.now().minusDays(1).toString(), "--to", java.time.LocalDate.now().plusDays(1).toString(),
                "--format", "html", "--out", out.toString());
        String register = java.nio.file.Files.readString(out);
        System.out.printf("acs-live: access register of %s has the head's read: %s%n", site, register.contains(head));
        assertThat(register).as("查阅登记 names the head who read 人事档案").contains(head);
        // Whatever the policy says, the repository's own answer to the social worker: no read of 人事档案.
        try (AlfrescoClient client = live.client(); AlfrescoClient asPerson = client.as(asWorker.credentials())) {
            var station = client.call(AlfrescoClient.Action.read(site), () -> client.nodes().getNode("-root-", null,
                    "Sites/" + site + "/documentLibrary/" + code, null)).getEntry();
            boolean refused;
            try {
                refused = asPerson.find(AlfrescoClient.Action.read(personnel),
                        () -> asPerson.nodes().getNode(station.getId(), null, personnel, null)).isEmpty();
            } catch (AlfrescoClient.Refused r) {
                refused = r.status() == 403;
            }
            assertThat(refused).as("the repository refuses the social worker's ticket on 人事档案").isTrue();
        }
    }
}
