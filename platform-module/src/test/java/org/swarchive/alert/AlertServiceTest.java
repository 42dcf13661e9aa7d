package org.swarchive.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.swarchive.DemoStations;
import org.swarchive.i18n.Language;
import org.swarchive.retry.Retries;
import org.swarchive.store.Station;

/** Alerts against a real SMTP server (GreenMail) and a real folder store. */
class AlertServiceTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    static Path tmp;
    static final DemoStations demo = new DemoStations();
    static Path made;

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A Wednesday and the Monday after it, 09:00 — after the default digest time. */
    static final Instant WEDNESDAY = Instant.parse("2026-03-25T01:00:00Z");
    static final Instant MONDAY = Instant.parse("2026-03-30T01:00:00Z");

    Path dir;
    Station station;
    final List<Duration> pauses = new ArrayList<>();

    @BeforeAll
    static void make() {
        made = demo.make(tmp.resolve("made"));
    }

    @BeforeEach
    void copyStation(org.junit.jupiter.api.TestInfo info) {
        dir = DemoStations.copy(made, tmp.resolve(info.getTestMethod().orElseThrow().getName()));
        station = demo.station(dir, "jinniu-01");
    }

    AlertChannel greenMail() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        return new SmtpChannel(sender, "swa@station.example");
    }

    AlertService service(Instant now, AlertChannel channel) {
        return new AlertService(new DigestMail(demo.catalogue), channel, new Retries(3, Duration.ofSeconds(5), 5),
                pauses::add, Clock.fixed(now, ZONE), DisposalProposals.none());
    }

    AlertSettings to(String... recipients) {
        return AlertSettings.defaults().withRecipients(List.of(recipients));
    }

    @Test
    void should_tell_the_station_head_the_verdicts_and_comments_of_a_filed_score_sheet_in_the_next_digest_only() {
        var windows = new org.swarchive.inspect.InspectionWindowStore(station.state());
        var w = windows.open("jinniu-01", "assessors", MONDAY.minus(Duration.ofDays(10)), MONDAY.minus(Duration.ofDays(3)), "站长");
        var sheets = new org.swarchive.inspect.WorksheetStore(station.state());
        Instant during = MONDAY.minus(Duration.ofDays(5));
        sheets.record(w.id(), new org.swarchive.evidence.assessment.EvaluatorEntry("A1.2", org.swarchive.evidence.assessment.Verdict.NOT_MET,
                java.util.Optional.of(java.math.BigDecimal.ZERO), "未见资产登记台账", "李评估", during), demo.framework);
        sheets.record(w.id(), new org.swarchive.evidence.assessment.EvaluatorEntry("A1.1", org.swarchive.evidence.assessment.Verdict.MET,
                java.util.Optional.empty(), "", "李评估", during), demo.framework);
        sheets.submit(w.id(), "李评估", during);
        sheets.filed(w.id(), new org.swarchive.inspect.WorksheetStore.Filed("文书档案/2026/定期30年/x.xlsx", "JN01-WS·2026-D30-0001",
                during, new java.math.BigDecimal("86.50")));

        AlertService.Outcome o = service(MONDAY, mail -> { }).digest(station, demo.check(station, DemoStations.AS_OF), to("head@station.example"), false);
        assertThat(o.mail().text()).contains("评估结果（评分表已归档） (2)", "评估窗口 " + w.id() + "：总分 86.50，等级 良好，档号 JN01-WS·2026-D30-0001",
                "A1.2 设施设备与资产登记 · 未达标 · 未见资产台账".replace("未见资产台账", "未见资产登记台账") + " (李评估)").doesNotContain("A1.1 购买服务协议");
        AlertService.Outcome next = service(MONDAY.plus(Duration.ofDays(7)), mail -> { }).digest(station,
                demo.check(station, DemoStations.AS_OF), to("head@station.example"), false);
        assertThat(next.mail().text()).doesNotContain("评估结果");
    }

    @Test
    void should_mail_the_digest_in_chinese_as_text_and_html_when_sent() throws Exception {
        AlertService.Outcome o = service(MONDAY, greenMail()).digest(station, demo.check(station, DemoStations.AS_OF),
                to("head@station.example"), false);

        assertThat(o.status()).isEqualTo(AlertService.Status.SENT);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("【评估准备度周报】jinniu-01：得分 98.49，缺失 4 项");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("head@station.example");
        String whole = GreenMailUtil.getWholeMessage(received[0]);
        assertThat(whole).contains("text/plain", "text/html");
        Multipart parts = (Multipart) received[0].getContent();
        assertThat(parts.getCount()).isPositive();
        assertThat(o.mail().text()).contains("逾期未交的佐证 (4)", "G1.1 月度工作总结", "2025-07", "自上次周报以来新出现的缺失 (4)");
        assertThat(o.mail().html()).startsWith("<!DOCTYPE html><html lang=\"zh-CN\">").contains("<li>G1.1 月度工作总结")
                .doesNotContain("<script");
    }

    @Test
    void should_not_announce_a_gap_as_new_again_when_the_next_digest_goes_out() {
        service(MONDAY, greenMail()).digest(station, demo.check(station, DemoStations.AS_OF), to("head@station.example"), false);
        AlertService.Outcome second = service(MONDAY.plus(Duration.ofDays(7)), greenMail())
                .digest(station, demo.check(station, DemoStations.AS_OF), to("head@station.example"), false);

        assertThat(second.status()).isEqualTo(AlertService.Status.SENT);
        assertThat(second.mail().text()).contains("逾期未交的佐证 (4)", "自上次周报以来新出现的缺失 (0)");
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void should_list_a_gap_as_closed_when_it_was_filled_after_the_last_digest() {
        service(MONDAY, greenMail()).digest(station, demo.check(station, DemoStations.AS_OF), to("h@x.example"), false);
        DemoStations.file(dir, "文书档案/2025/定期10年/2025-07-月度工作总结.txt",
                Map.of("swa:docType", "monthly-summary", "swa:period", "2025-07"));
        AlertService.Outcome next = service(MONDAY.plus(Duration.ofDays(7)), greenMail())
                .digest(station, demo.check(station, DemoStations.AS_OF), to("h@x.example"), false);

        assertThat(next.mail().text()).contains("逾期未交的佐证 (3)", "自上次周报以来已补齐 (1)", "G1.1 月度工作总结 · 月度工作总结 · 2025-07");
    }

    @Test
    void should_alert_at_once_only_for_a_gap_that_has_just_become_overdue() throws Exception {
        service(MONDAY, greenMail()).digest(station, demo.check(station, DemoStations.AS_OF), to("h@x.example"), false);
        try (var march = Files.list(dir.resolve("文书档案/2025/定期10年"))) {
            for (Path p : march.filter(p -> p.getFileName().toString().startsWith("2025-03-月度工作总结")).toList()) {
                Files.delete(p);
            }
        }
        AlertService later = service(MONDAY.plus(Duration.ofHours(2)), greenMail());
        AlertService.Outcome alert = later.overdue(station, demo.check(station, DemoStations.AS_OF), to("h@x.example"), false);
        AlertService.Outcome again = later.overdue(station, demo.check(station, DemoStations.AS_OF), to("h@x.example"), false);

        assertThat(alert.status()).isEqualTo(AlertService.Status.SENT);
        assertThat(alert.kind()).isEqualTo(Digest.Kind.OVERDUE);
        assertThat(alert.mail().subject()).isEqualTo("【佐证逾期提醒】jinniu-01：新增 1 项逾期缺失");
        assertThat(alert.mail().text()).contains("2025-03").doesNotContain("2025-07");
        assertThat(again.status()).isEqualTo(AlertService.Status.NOTHING_TO_SEND);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void should_retry_with_growing_pauses_then_record_and_report_when_the_server_is_down() {
        JavaMailSenderImpl dead = new JavaMailSenderImpl();
        dead.setHost("127.0.0.1");
        dead.setPort(1); // nothing listens there
        AlertService.Outcome failed = service(MONDAY, new SmtpChannel(dead, "swa@station.example"))
                .digest(station, demo.check(station, DemoStations.AS_OF), to("h@x.example"), false);

        assertThat(failed.status()).isEqualTo(AlertService.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.reason()).isNotBlank();
        assertThat(pauses).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(25));
        AlertState kept = new AlertNotes().read(station.state()).orElseThrow();
        assertThat(kept.failures()).singleElement().satisfies(f -> assertThat(f.attempts()).isEqualTo(3));
        assertThat(kept.announced()).isEmpty();

        AlertService.Outcome retried = service(MONDAY.plus(Duration.ofHours(1)), greenMail())
                .digest(station, demo.check(station, DemoStations.AS_OF), to("h@x.example"), false);
        assertThat(retried.mail().text()).contains("自上次周报以来新出现的缺失 (4)");
    }

    @Test
    void should_deliver_on_a_later_attempt_when_the_first_one_fails() {
        AlertChannel real = greenMail();
        int[] calls = {0};
        AlertChannel flaky = m -> {
            if (calls[0]++ == 0) {
                throw new AlertChannel.DeliveryException("421 try again later", null);
            }
            real.deliver(m);
        };
        AlertService.Outcome o = service(MONDAY, flaky).digest(station, demo.check(station, DemoStations.AS_OF), to("h@x.example"), false);
        assertThat(o.status()).isEqualTo(AlertService.Status.SENT);
        assertThat(o.attempts()).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void should_skip_the_station_when_another_replica_holds_a_live_lease() {
        station.state().write("alerts", "lease", "other-replica " + MONDAY.plus(Duration.ofMinutes(5)));
        AlertService.Outcome busy = service(MONDAY, greenMail()).digest(station, demo.check(station, DemoStations.AS_OF),
                to("h@x.example"), false);
        assertThat(busy.status()).isEqualTo(AlertService.Status.BUSY);
        assertThat(smtp.getReceivedMessages()).isEmpty();

        AlertService.Outcome takenOver = service(MONDAY.plus(Duration.ofMinutes(6)), greenMail())
                .digest(station, demo.check(station, DemoStations.AS_OF), to("h@x.example"), false);
        assertThat(takenOver.status()).isEqualTo(AlertService.Status.SENT);
        assertThat(station.state().read("alerts", "lease")).isEmpty();
    }

    @Test
    void should_send_the_digest_once_when_two_replicas_tick_at_the_same_time() throws Exception {
        var check = demo.check(station, DemoStations.AS_OF);
        station.state().write("alerts", "state.json", new tools.jackson.databind.json.JsonMapper()
                .writeValueAsString(AlertState.start(WEDNESDAY)));
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Callable<AlertService.Outcome>> ticks = List.of(
                    () -> service(MONDAY, greenMail()).tick(demo.station(dir, "jinniu-01"), () -> check, to("h@x.example")),
                    () -> service(MONDAY, greenMail()).tick(demo.station(dir, "jinniu-01"), () -> check, to("h@x.example")));
            List<AlertService.Outcome> outcomes = new ArrayList<>();
            for (Future<AlertService.Outcome> f : replicas.invokeAll(ticks)) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn(o -> o.status() == AlertService.Status.SENT).singleElement()
                    .satisfies(o -> assertThat(o.kind()).isEqualTo(Digest.Kind.DIGEST));
            assertThat(smtp.getReceivedMessages()).hasSize(1);
        } finally {
            replicas.shutdownNow();
        }
    }

    @Test
    void should_alert_on_first_watch_and_send_the_digest_when_its_cron_time_has_passed() {
        var check = demo.check(station, DemoStations.AS_OF);
        AlertService.Outcome wednesday = service(WEDNESDAY, greenMail()).tick(station, () -> check, to("h@x.example"));
        AlertService.Outcome sameDay = service(WEDNESDAY.plus(Duration.ofHours(1)), greenMail()).tick(station, () -> check, to("h@x.example"));
        AlertService.Outcome monday = service(MONDAY, greenMail()).tick(station, () -> check, to("h@x.example"));
        AlertService.Outcome mondayAgain = service(MONDAY.plus(Duration.ofHours(1)), greenMail()).tick(station, () -> check, to("h@x.example"));

        assertThat(wednesday.kind()).isEqualTo(Digest.Kind.OVERDUE);
        assertThat(wednesday.status()).isEqualTo(AlertService.Status.SENT);
        assertThat(sameDay.status()).isEqualTo(AlertService.Status.NOTHING_TO_SEND);
        assertThat(monday.kind()).isEqualTo(Digest.Kind.DIGEST);
        assertThat(monday.mail().text()).contains("逾期未交的佐证 (4)", "自上次周报以来新出现的缺失 (0)");
        assertThat(mondayAgain.status()).isEqualTo(AlertService.Status.NOTHING_TO_SEND);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void should_change_nothing_when_it_is_a_dry_run() {
        AlertService.Outcome dry = service(MONDAY, greenMail()).digest(station, demo.check(station, DemoStations.AS_OF),
                to("h@x.example"), true);
        assertThat(dry.status()).isEqualTo(AlertService.Status.DRY_RUN);
        assertThat(dry.mail().text()).contains("逾期未交的佐证 (4)");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(station.state().list("alerts")).isEmpty();
    }

    @Test
    void should_write_the_mail_in_english_when_the_station_asks_for_it() {
        AlertService.Outcome o = service(MONDAY, greenMail()).digest(station, demo.check(station, DemoStations.AS_OF),
                to("h@x.example").withLanguage(Language.EN), false);
        assertThat(o.mail().subject()).isEqualTo("[Readiness digest] jinniu-01: score 98.49, 4 gaps");
        assertThat(o.mail().text()).contains("Gaps now overdue (4)", "Monthly work report", "days overdue");
        assertThat(o.mail().html()).contains("lang=\"en\"");
    }

    @Test
    void should_report_no_recipients_and_keep_the_gaps_unannounced_when_none_are_set() {
        AlertService.Outcome o = service(MONDAY, greenMail()).digest(station, demo.check(station, DemoStations.AS_OF),
                AlertSettings.defaults(), false);
        assertThat(o.status()).isEqualTo(AlertService.Status.NO_RECIPIENTS);
        assertThat(o.status().failed()).isTrue();
        assertThat(new AlertNotes().read(station.state()).orElseThrow().announced()).isEmpty();
    }
}
