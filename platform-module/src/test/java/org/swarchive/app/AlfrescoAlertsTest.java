package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.swarchive.DemoStations;
import org.swarchive.alert.AlertChannel;
import org.swarchive.alert.SmtpChannel;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.alfresco.WithFakeRepository;
import org.swarchive.store.alfresco.AlfrescoStub;
import org.swarchive.retry.Retries;
import picocli.CommandLine;

/** {@code swa alerts send} on a station in Alfresco: settings and what was announced kept in the site's notes, mail by SMTP. */
class AlfrescoAlertsTest extends WithFakeRepository {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

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
        stations.mirror(stations.provision("JN01", "金牛区示范社工站"), demo);
        stations.file(repository.library("swa-jn01"), ".swa/alerts/settings.properties", "cm:content", Map.of(),
                "recipients=zhanzhang@jn01.example\nlang=zh-CN\n".getBytes(StandardCharsets.UTF_8));
    }

    Optional<AlertChannel> greenMail() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        return Optional.of(new SmtpChannel(sender, "swa@district.example"));
    }

    CliHarness.Run send(String... extra) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), CLOCK, AlfrescoStub.basicEnvironment("s3cret"),
                new Retries(2, Duration.ofMillis(1), 2), "", this::greenMail).commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("alerts", "send", "--store",
                "alfresco:" + alfresco.baseUrl() + "/sites/swa-jn01", "--period", "2025", "--as-of", "2026-03-31",
                "--retry-pause", "PT0S"));
        args.addAll(java.util.List.of(extra));
        int code = cl.execute(args.toArray(String[]::new));
        return new CliHarness.Run(code, out.toString(), err.toString());
    }

    @Test
    void should_mail_the_digest_to_the_recipients_the_sites_notes_name_when_sent() throws Exception {
        CliHarness.Run r = send();
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("swa-jn01", "zhanzhang@jn01.example");
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).contains("swa-jn01");
        assertThat(GreenMailUtil.getBody(mails[0])).contains("multipart");
        assertThat(repository.at("Sites/swa-jn01/documentLibrary/.swa/alerts/state.json")).isPresent();
        assertThat(repository.at("Sites/swa-jn01/documentLibrary/.swa/alerts/lease")).as("the lease is given back").isEmpty();
    }

    @Test
    void should_announce_an_overdue_gap_once_when_the_state_is_kept_in_the_repository() {
        CliHarness.Run first = send("--kind", "overdue");
        assertThat(first.exitCode()).as(first.err()).isZero();
        CliHarness.Run second = send("--kind", "overdue");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("没有需要提醒的新情况");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }
}
