package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: {@code java -jar swa.jar …}. */
class SwaJarIT {

    @TempDir
    Path tmp;

    record Result(int exit, String out, String err) {
    }

    private Result swa(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("swa.jar", "target/swa.jar");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile());
        pb.environment().put("LANG", "C.UTF-8");
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("swa finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void should_make_check_and_report_a_station_when_run_as_a_jar() throws Exception {
        Result demo = swa("demo", "station", "--year", "2025", "--as-of", "2026-03-31", "--lang", "en");
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
        assertThat(r.err()).contains("check", "demo");
    }
}
