package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.alfresco.WithFakeRepository;
import org.swarchive.store.alfresco.AlfrescoStub;
import org.swarchive.store.alfresco.MailActionRoute;
import org.swarchive.retry.Retries;
import picocli.CommandLine;

/** Alerts through the repository's own mail action ({@code POST /action-executions}), chosen with {@code --channel} or by default. */
class RepositoryMailTest extends WithFakeRepository {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    final MailActionRoute mail = new MailActionRoute();
    String stationId;

    @BeforeEach
    void station() {
        repository.route(mail);
        stationId = stationWithPolicy("JN01", Map.of());
        stations.file(repository.library("swa-jn01"), ".swa/alerts/settings.properties", "cm:content", Map.of(),
                "recipients=zhanzhang@jn01.example, dangan@jn01.example\n".getBytes(StandardCharsets.UTF_8));
    }

    /** {@code swa alerts send} with no SMTP configured, the sender in the environment. */
    private CliHarness.Run send(String... extra) {
        Map<String, String> env = new HashMap<>(AlfrescoStub.basicEnvironment("s3cret"));
        env.put("SWA_ALERTS_FROM", "swa@district.example");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), CLOCK, env,
                new Retries(2, Duration.ofMillis(1), 2), "", Optional::empty).commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        java.util.List<String> args = new java.util.ArrayList<>(List.of("alerts", "send", "--period", "2025", "--retry-pause", "PT0S"));
        args.addAll(List.of(extra));
        return new CliHarness.Run(cl.execute(args.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    void should_ask_the_repository_to_mail_the_html_digest_when_no_smtp_is_configured() {
        CliHarness.Run r = send("--store", stations.store("swa-jn01"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("swa-jn01: 已发送至 zhanzhang@jn01.example, dangan@jn01.example");
        assertThat(mail.executions()).hasSize(1);
        JsonNode sent = mail.executions().get(0);
        assertThat(sent.get("actionDefinitionId").asText()).isEqualTo("mail");
        assertThat(sent.get("targetId").asText()).as("run on the station folder").isEqualTo(stationId);
        JsonNode params = sent.get("params");
        assertThat(params.get("to_many").valueStream().map(JsonNode::asText).toList())
                .containsExactly("zhanzhang@jn01.example", "dangan@jn01.example");
        assertThat(params.get("subject").asText()).contains("swa-jn01");
        assertThat(params.get("html").asText()).startsWith("<!DOCTYPE html>").contains("swa-jn01");
        // The action would send a given text instead of the HTML, as plain text: so none is given.
        assertThat(params.has("text")).isFalse();
        assertThat(params.get("from").asText()).isEqualTo("swa@district.example");
        assertThat(repository.at("Sites/swa-jn01/documentLibrary/.swa/alerts/state.json")).isPresent();
    }

    @Test
    void should_say_what_the_mail_action_needs_and_not_try_again_when_the_repository_answers_403() {
        mail.failWith(403);
        CliHarness.Run r = send("--store", stations.store("swa-jn01"), "--channel", "repository", "--retries", "3");
        assertThat(r.exitCode()).isEqualTo(AlertsCommand.EXIT_NOT_DELIVERED);
        assertThat(r.err()).contains("管理员账户", "org.alfresco.repo.action.mail.v1.exposed=true", "alfresco-global.properties");
        assertThat(mail.executions()).as("a refusal is not tried again").hasSize(1);
        assertThat(new String(repository.content(repository.at("Sites/swa-jn01/documentLibrary/.swa/alerts/state.json").orElseThrow()
                .get("id").asText()).orElseThrow(), StandardCharsets.UTF_8)).as("the failure is recorded").contains("mail.v1.exposed");
    }

    @Test
    void should_try_again_when_the_repository_fails_for_a_moment() {
        mail.failWith(500);
        CliHarness.Run r = send("--store", stations.store("swa-jn01"), "--retries", "2");
        assertThat(r.exitCode()).isEqualTo(AlertsCommand.EXIT_NOT_DELIVERED);
        // Each attempt of the channel is the client's own two tries at the request.
        assertThat(mail.executions()).hasSize(4);
    }

    @Test
    void should_refuse_the_repository_channel_when_a_station_is_a_folder_store() {
        CliHarness.Run r = send("--store", "folder:" + tmp, "--station", "本地站", "--channel", "repository");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--channel repository", "本地站");
        CliHarness.Run smtp = send("--store", "folder:" + tmp);
        assertThat(smtp.exitCode()).isEqualTo(2);
        assertThat(smtp.err()).contains("SPRING_MAIL_HOST", "--channel repository");
        assertThat(mail.executions()).isEmpty();
    }

    @Test
    void should_send_the_overdue_alert_through_the_repository_when_served_with_alerts() throws Exception {
        try (ServeRunner swa = ServeRunner.start(CLOCK, AlfrescoStub.basicEnvironment("s3cret"), "serve", "--store",
                stations.store("swa-jn01"), "--period", "2025", "--port", "0", "--alerts", "--channel", "repository")) {
            assertThat(swa.url()).as(swa.err()).isNotNull();
            // The schedule's first beat: every gap already overdue is new, so it is announced at once.
            assertThat(swa.awaitLog(java.util.regex.Pattern.compile("swa alerts: swa-jn01 OVERDUE SENT"))).as(swa.err() + swa.log()).isNotNull();
            assertThat(mail.executions()).hasSize(1);
            assertThat(mail.executions().get(0).get("targetId").asText()).isEqualTo(stationId);
        }
    }
}
