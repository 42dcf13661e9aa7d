package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.DemoStations;
import org.swarchive.LogLines;
import org.swarchive.alert.AlertChannel;
import org.swarchive.alert.AlertMail;

/** Where {@code swa serve} says what: the start-up on the terminal, its background work in the log, one line per failure. */
class ServeLogTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
    static final String STATION = "%E7%A4%BA%E8%8C%83%E7%AB%99"; // 示范站 in an address

    @TempDir
    Path tmp;
    Path station;

    @BeforeEach
    void station() throws IOException {
        station = new DemoStations().make(tmp.resolve("示范站"));
        Files.createDirectories(station.resolve(".swa/alerts"));
        Files.writeString(station.resolve(".swa/alerts/settings.properties"), "recipients=head@station.example\nperiod=2025\n");
    }

    private ServeRunner serve(AlertChannel smtp) throws InterruptedException {
        return new ServeRunner(CLOCK, Map.of(), "", () -> Optional.of(smtp), "serve", "--store", "folder:" + station,
                "--period", "2025", "--port", "0", "--alerts");
    }

    @Test
    void should_print_the_start_up_and_log_the_alerts_when_the_schedule_sends_them() throws Exception {
        List<AlertMail> sent = new CopyOnWriteArrayList<>();
        try (ServeRunner swa = serve(sent::add)) {
            assertThat(swa.url()).as(swa.err()).isNotNull();

            assertThat(swa.awaitLog(Pattern.compile("INFO swa alerts: 示范站 OVERDUE SENT"))).as(swa.log()).isNotNull();
            assertThat(sent).hasSize(1);
            assertThat(swa.out()).contains("正在检查 示范站", swa.url()).doesNotContain("swa alerts");
            assertThat(swa.err()).isEmpty();
        }
    }

    @Test
    void should_log_one_warning_without_a_stack_trace_when_the_mail_server_refuses_an_alert() throws Exception {
        try (LogLines warnings = LogLines.warnings(); ServeRunner swa = serve(mail -> {
            throw new AlertChannel.DeliveryException("535 authentication failed", new IOException("535"), true);
        })) {
            assertThat(swa.url()).as(swa.err()).isNotNull();

            assertThat(swa.awaitLog(Pattern.compile("WARN swa alerts: 示范站 OVERDUE FAILED: 535 authentication failed")))
                    .as(swa.log()).isNotNull();
            assertThat(warnings.events()).singleElement().satisfies(e -> {
                assertThat(e.getFormattedMessage()).doesNotContain("\n");
                assertThat(e.getThrowableProxy()).as("no stack trace").isNull();
            });
            assertThat(swa.out() + swa.err()).doesNotContain("swa alerts", "535");
        }
    }

    @Test
    void should_log_at_most_one_line_and_no_stack_trace_when_a_request_is_malformed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (ServeRunner swa = ServeRunner.start(CLOCK, Map.of(), "serve", "--store", "folder:" + station, "--period", "2025",
                "--port", "0"); LogLines warnings = LogLines.warnings()) {
            assertThat(swa.url()).as(swa.err()).isNotNull();
            List<String> bad = List.of("stations/S/files", "stations/S/files?id=..%2F..%2Fetc%2Fpasswd", "?lang=xx",
                    "stations/S/indicators/C1.1?page=abc", "stations/S/indicators/C1.1?page=-1", "stations/%E7%A4%BA",
                    "api/v1/stations/nobody/readiness", "api/v1/nodes/x/readiness-check", "stations/S/recheck");
            for (String path : bad) {
                HttpResponse<String> r = http.send(org.swarchive.TestAccounts.as(org.swarchive.TestAccounts.HEAD,
                                HttpRequest.newBuilder(URI.create(swa.url() + path.replace("S", STATION)))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isLessThan(500);
            }
            // What no well-behaved client sends: Tomcat answers these itself.
            List<String> raw = List.of("GET /stations/%ZZ HTTP/1.1", "GET /stations/<x> HTTP/1.1", "GET /a b HTTP/1.1",
                    "BREW / HTTP/1.1", "GET /stations/%C0%AF HTTP/1.1", "GET /stations/%E7%A4 HTTP/1.1", "GET /%FF HTTP/1.1",
                    "GET /?lang=%FF HTTP/1.1", "GET /stations/%00 HTTP/1.1", "GET /stations/%2e%2e/%2e%2e/ HTTP/1.1",
                    "GET /stations/a%2Fb HTTP/1.1", "GET /stations/a%5Cb HTTP/1.1", "GET /\u00e9 HTTP/1.1");
            for (String line : raw) {
                assertThat(rawStatus(URI.create(swa.url()), line)).as(line).startsWith("HTTP/1.1 4");
            }

            assertThat(warnings.events()).hasSizeLessThanOrEqualTo(bad.size() + raw.size()).allSatisfy(e -> {
                assertThat(e.getFormattedMessage()).doesNotContain("\n");
                assertThat(e.getThrowableProxy()).as("no stack trace: %s", e.getFormattedMessage()).isNull();
            });
            assertThat(swa.out() + swa.err()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void should_show_file_line_and_reason_on_the_station_page_when_the_stations_schedule_is_bad_or_huge() throws Exception {
        Path schedule = station.resolve(".swa/retention-schedule.yaml");
        Files.writeString(schedule, "schedule: jn01\nrules:\n  - {docType: policy, retention: [Y}\n");
        try (ServeRunner swa = ServeRunner.start(CLOCK, Map.of(), "serve", "--store", "folder:" + station, "--period", "2025",
                "--port", "0"); LogLines warnings = LogLines.warnings()) {
            assertThat(swa.url()).as(swa.err()).isNotNull();

            HttpResponse<String> bad = swa.get("stations/" + STATION + "?lang=en");
            assertThat(bad.statusCode()).isEqualTo(200);
            assertThat(bad.body()).contains("retention schedule (.swa/retention-schedule.yaml) is wrong")
                    .contains(".swa/retention-schedule.yaml:3: YAML syntax error").doesNotContain(tmp.toString());

            // Six million characters: refused by its size before any parsing, on every view.
            Files.writeString(schedule, "schedule: big\nrules:\n  - {docType: policy, retention: Y, note: \""
                    + "备".repeat(6_000_000) + "\"}\n");
            HttpResponse<String> huge = swa.get("stations/" + STATION);
            assertThat(huge.statusCode()).isEqualTo(200);
            assertThat(huge.body()).contains(".swa/retention-schedule.yaml:1: 文件太大");
            assertThat(warnings.events()).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        }
    }

    /** The status line the server answers a hand-written request with. */
    private static String rawStatus(URI server, String requestLine) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
        }
    }
}
