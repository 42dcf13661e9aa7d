package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: {@code java -jar swa.jar …}. */
class SwaJarIT {

    @TempDir
    Path tmp;

    record Result(int exit, String out, String err) {
    }

    private Result swa(String... args) throws IOException, InterruptedException {
        return swa(Map.of(), args);
    }

    private Result swa(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        Process p = start(env, out, err, args);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("swa finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Process start(Map<String, String> env, Path out, Path err, String... args) throws IOException {
        String jar = System.getProperty("swa.jar", "target/swa.jar");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile());
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().putAll(env);
        return pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    @Test
    void should_make_check_and_report_a_station_when_run_as_a_jar() throws Exception {
        Result demo = swa("demo", "station", "--year", "2025", "--as-of", "2026-03-31", "--lang", "en", "--no-serve");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Gaps (4)", "Report written:");
        assertThat(tmp.resolve("reports/readiness-station-star-2025.html")).exists();
        assertThat(tmp.resolve("reports/readiness-station-star-2025.json")).exists();
        assertThat(demo.out() + demo.err()).doesNotContain("WARN", "INFO", "Exception");

        Result check = swa("check", "--store", "folder:station", "--period", "2025", "--as-of", "2026-03-31", "--format", "json");
        assertThat(check.exit()).isZero();
        assertThat(check.out()).contains("\"framework\" : \"station-star\"", "\"overdueDays\"");
    }

    @Test
    void should_end_the_demo_by_serving_the_dashboard_and_printing_its_address() throws Exception {
        Path out = tmp.resolve("serve-out.txt");
        Path err = tmp.resolve("serve-err.txt");
        Process p = start(Map.of(), out, err, "demo", "station", "--year", "2025", "--as-of", "2026-03-31", "--lang", "en",
                "--port", "0");
        try {
            // Waits for the address line, as a person reading the terminal would; gives up after two minutes.
            Callable<String> printed = () -> {
                Matcher m = Pattern.compile("Dashboard: (http://\\S+)").matcher(Files.readString(out, StandardCharsets.UTF_8));
                return m.find() ? m.group(1) : null;
            };
            try {
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                        .until(() -> printed.call() != null || !p.isAlive());
            } catch (ConditionTimeoutException never) {
                // the assertion below says what the command wrote instead
            }
            String address = printed.call();
            assertThat(address).as(Files.readString(err, StandardCharsets.UTF_8)).startsWith("http://127.0.0.1:");
            // Signed in as the demo's station head (swa demo made the accounts and printed the password).
            HttpResponse<String> api = HttpClient.newHttpClient().send(org.swarchive.TestAccounts.as(org.swarchive.TestAccounts.HEAD,
                    HttpRequest.newBuilder(URI.create(address + "api/v1/stations"))).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(api.body()).contains("\"id\":\"station\"", "\"gapCount\":4");
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("Gaps (4)", "Report written:");
            assertThat(Files.readString(err, StandardCharsets.UTF_8)).doesNotContain("WARN", "Exception");
        } finally {
            p.destroy();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the server stops on a signal").isTrue();
        }
    }

    @Test
    void should_mail_the_digest_with_smtp_from_the_environment_and_never_print_the_password() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.setUser("swa@station.example", "s3cret-pw");
        smtp.start();
        try {
            assertThat(swa("demo", "station", "--year", "2025", "--as-of", "2026-03-31", "--no-serve").exit()).isZero();
            Map<String, String> env = Map.of("SPRING_MAIL_HOST", "127.0.0.1",
                    "SPRING_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()),
                    "SPRING_MAIL_USERNAME", "swa@station.example", "SPRING_MAIL_PASSWORD", "s3cret-pw",
                    "SPRING_MAIL_PROPERTIES_MAIL_SMTP_AUTH", "true");
            Result sent = swa(env, "alerts", "send", "--store", "folder:station", "--period", "2025", "--as-of", "2026-03-31",
                    "--to", "zhanzhang@station.example", "-Dspring.mail.password=never-here");
            assertThat(sent.exit()).as("a password is refused on the command line").isEqualTo(2);
            assertThat(sent.err()).contains("Unknown option");
            sent = swa(env, "alerts", "send", "--store", "folder:station", "--period", "2025", "--as-of", "2026-03-31",
                    "--to", "zhanzhang@station.example");
            assertThat(sent.exit()).as(sent.err()).isZero();
            assertThat(sent.out()).contains("station: 已发送至 zhanzhang@station.example");
            assertThat(smtp.getReceivedMessages()).singleElement()
                    .satisfies(m -> assertThat(m.getSubject()).isEqualTo("【评估准备度周报】station：得分 98.49，缺失 4 项"));
            assertThat(sent.out() + sent.err()).doesNotContain("s3cret-pw");
            assertThat(tmp.resolve("station/.swa/alerts/state.json")).exists();
            assertThat(Files.readString(tmp.resolve("station/.swa/alerts/state.json"))).doesNotContain("s3cret-pw");

            Result wrong = swa(Map.of("SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", "1",
                    "SPRING_MAIL_PASSWORD", "s3cret-pw"), "alerts", "send", "--store", "folder:station", "--period", "2025",
                    "--to", "zhanzhang@station.example", "--lang", "en", "--retry-pause", "PT0.1S");
            assertThat(wrong.exit()).isEqualTo(3);
            assertThat(wrong.err()).contains("NOT delivered after 3 attempts").doesNotContain("s3cret-pw", "\tat ");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void should_exit_2_without_a_stack_trace_when_the_framework_file_is_bad() throws Exception {
        Files.writeString(tmp.resolve("bad.yaml"), "framework: x\ntitle: [unclosed\n");
        Result r = swa("check", "--store", "folder:.", "--framework", "bad.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml:").doesNotContain("\tat ", "Exception");
    }

    @Test
    void should_print_usage_and_exit_2_without_a_subcommand() throws Exception {
        Result r = swa();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("check", "demo", "serve", "alerts");
    }
}
