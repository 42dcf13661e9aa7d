package org.swarchive.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.DemoStations;
import org.swarchive.store.Station;

class AlertScheduleTest {

    @TempDir
    Path tmp;

    @Test
    void should_tick_every_station_and_report_what_was_sent_and_what_failed() throws Exception {
        DemoStations demo = new DemoStations();
        Station good = demo.station(demo.make(tmp.resolve("good")), "good");
        Station broken = demo.station(tmp.resolve("broken"), "broken");
        broken.state().write("alerts", "settings.properties", "cron=not a cron\n");
        List<AlertMail> delivered = new CopyOnWriteArrayList<>();
        List<AlertService.Outcome> reported = new CopyOnWriteArrayList<>();
        List<String> problems = new CopyOnWriteArrayList<>();
        CountDownLatch bothSeen = new CountDownLatch(2);
        Clock clock = Clock.fixed(Instant.parse("2026-03-25T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        AlertService service = new AlertService(new DigestMail(demo.catalogue), delivered::add, AlertService.RETRIES,
                d -> { }, clock, DisposalProposals.none());

        try (AlertSchedule schedule = new AlertSchedule(service, List.of(broken, good), s -> demo.check(s, DemoStations.AS_OF),
                s -> AlertSettings.read(s.state()).withRecipients(List.of("head@station.example")),
                o -> {
                    reported.add(o);
                    bothSeen.countDown();
                },
                p -> {
                    problems.add(p);
                    bothSeen.countDown();
                }, Duration.ofHours(1), clock)) {
            schedule.start();
            assertThat(bothSeen.await(60, TimeUnit.SECONDS)).as("one beat over both stations").isTrue();
        }

        assertThat(problems).singleElement().asString().startsWith("broken: ").contains("settings.properties");
        assertThat(reported).singleElement().satisfies(o -> {
            assertThat(o.station()).isEqualTo("good");
            assertThat(o.kind()).isEqualTo(Digest.Kind.OVERDUE);
            assertThat(o.status()).isEqualTo(AlertService.Status.SENT);
        });
        assertThat(delivered).singleElement().satisfies(m -> assertThat(m.subject()).contains("新增 4 项逾期缺失"));
    }
}
