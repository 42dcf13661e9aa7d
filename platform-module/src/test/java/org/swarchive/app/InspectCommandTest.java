package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.DemoStations;
import org.swarchive.access.InspectionWindow;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.store.folder.FolderState;

class InspectCommandTest {

    @TempDir
    Path tmp;

    private final CliHarness swa = new CliHarness(LocalDate.of(2026, 3, 2));

    @Test
    void should_open_list_and_close_a_window_and_export_a_package_without_sensitive_files() throws Exception {
        Path station = tmp.resolve("JN01");
        assertThat(swa.run("demo", station.toString(), "--year", "2025", "--generate-only").exitCode()).isZero();
        String store = "folder:" + station;

        CliHarness.Run open = swa.run("inspect", "open", "--store", store, "--evaluators", "assessors", "--from", "2026-03-01",
                "--until", "2026-03-15", "--lang", "en");
        assertThat(open.exitCode()).as(open.err()).isZero();
        String id = open.out().split(": ")[1].split(" ")[0].trim();
        assertThat(swa.run("inspect", "list", "--store", store, "--lang", "en").out()).contains(id + "  open  JN01  assessors");
        assertThat(swa.run("inspect", "close", "--store", store, id).exitCode()).isZero();
        assertThat(swa.run("inspect", "list", "--store", store, "--lang", "en").out()).contains(id + "  ended");

        Path zip = tmp.resolve("package.zip");
        CliHarness.Run pack = swa.run("inspect", "package", "--store", store, "--period", "2025", "--out", zip.toString(), "--lang", "en");
        assertThat(pack.exitCode()).as(pack.err()).isZero();
        assertThat(pack.out()).contains("Inspection package written", "withheld (sensitive): ");
        Path register = tmp.resolve("register.html");
        CliHarness.Run reg = swa.run("access", "register", "--store", store, "--from", "2026-03-01", "--to", "2026-03-31",
                "--format", "html", "--out", register.toString());
        assertThat(reg.exitCode()).as(reg.err()).isZero();
        assertThat(java.nio.file.Files.readString(register)).contains("<th scope=\"col\">查阅人</th>", "下载", "评估资料包");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            // Case files are sensitive in the demo station: none of them may leave in the package.
            assertThat(z.stream().map(e -> e.getName())).noneMatch(n -> n.contains("个案")).anyMatch(n -> n.contains("月度工作总结"));
        }
    }

    @Test
    void should_list_windows_and_the_access_register_as_json_when_asked_for_json() throws Exception {
        Path station = tmp.resolve("JN01");
        assertThat(swa.run("demo", station.toString(), "--year", "2025", "--generate-only").exitCode()).isZero();
        String store = "folder:" + station;
        CliHarness.Run open = swa.run("inspect", "open", "--store", store, "--evaluators", "assessors", "--from", "2026-03-01",
                "--until", "2026-03-15", "--lang", "en");
        assertThat(open.exitCode()).as(open.err()).isZero();
        String id = open.out().split(": ")[1].split(" ")[0].trim();
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();

        CliHarness.Run list = swa.run("inspect", "list", "--store", store, "--format", "json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        tools.jackson.databind.JsonNode w = json.readTree(list.out()).get("windows").get(0);
        assertThat(w.get("id").asText()).isEqualTo(id);
        assertThat(w.get("state").asText()).isEqualTo("open");
        assertThat(w.get("station").asText()).isEqualTo("JN01");
        assertThat(w.get("evaluatorGroup").asText()).isEqualTo("assessors");
        assertThat(java.time.Instant.parse(w.get("until").asText())).isAfter(java.time.Instant.parse(w.get("from").asText()));

        Path zip = tmp.resolve("package.zip");
        assertThat(swa.run("inspect", "package", "--store", store, "--period", "2025", "--out", zip.toString()).exitCode()).isZero();
        CliHarness.Run reg = swa.run("access", "register", "--store", store, "--from", "2026-03-01", "--to", "2026-03-31",
                "--format", "json");
        assertThat(reg.exitCode()).as(reg.err()).isZero();
        tools.jackson.databind.JsonNode doc = json.readTree(reg.out());
        assertThat(doc.get("station").asText()).isEqualTo("JN01");
        assertThat(doc.get("total").asInt()).isPositive().isEqualTo(doc.get("entries").size());
        tools.jackson.databind.JsonNode e = doc.get("entries").get(0);
        assertThat(e.get("mode").asText()).isEqualTo("download");
        assertThat(e.get("reader").asText()).isNotBlank();
        assertThat(java.time.Instant.parse(e.get("at").asText())).isNotNull();
        for (String field : new String[] {"unit", "archiveCode", "title", "purpose", "approvedBy", "until"}) {
            assertThat(e.has(field)).as(field).isTrue();
        }
        CliHarness.Run noOut = swa.run("access", "register", "--store", store, "--from", "2026-03-01", "--to", "2026-03-31");
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out");
    }

    @Test
    void should_file_and_approve_an_access_request() {
        String store = "folder:" + tmp;
        CliHarness.Run asked = swa.run("access", "request", "--store", store, "--record", "服务档案/x.txt", "--purpose", "核对",
                "--as", "财务丁", "--role", "finance-officer", "--lang", "en");
        assertThat(asked.exitCode()).as(asked.err()).isZero();
        String id = asked.out().substring(asked.out().indexOf(": ") + 2).trim();
        CliHarness.Run ok = swa.run("access", "approve", "--store", store, id, "--until", "2026-03-09", "--as", "站长", "--lang", "en");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Approved until");
        assertThat(swa.run("access", "approve", "--store", store, id, "--until", "2026-03-09", "--as", "站长").exitCode()).isEqualTo(2);
    }

    @Test
    void should_exit_2_when_the_window_dates_are_wrong() {
        CliHarness.Run r = swa.run("inspect", "open", "--store", "folder:" + tmp, "--evaluators", "assessors",
                "--from", "2026-03-10", "--until", "2026-03-01");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--until");
        CliHarness.Run bad = swa.run("inspect", "open", "--store", "folder:" + tmp, "--evaluators", "assessors", "--until", "next week");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("YYYY-MM-DD");
    }

    /**
     * What the dashboard's evaluator view and the digest's calendar read: the windows the CLI keeps
     * in the station's notes, asked through the one record.
     */
    @Test
    void should_let_an_evaluator_in_only_while_their_groups_window_is_open() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        CliHarness cli = new CliHarness(today);
        Clock clock = Clock.fixed(today.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        Path dir = tmp.resolve("金牛示范站");
        DemoStations.file(dir, "文书档案/2025/永久/章程.txt", Map.of("swa:docType", "policy", "swa:retention", "Y"));
        InspectionWindowStore store = new InspectionWindowStore(new FolderState(dir));
        assertThat(store.all().stream().filter(w -> w.isOpenTo("jinniu-bureau", clock.instant()))).isEmpty();
        CliHarness.Run opened = cli.run("inspect", "open", "--store", "folder:" + dir, "--evaluators", "jinniu-bureau",
                "--until", "2026-11-30");
        assertThat(opened.exitCode()).as(opened.err()).isZero();

        List<InspectionWindow> windows = store.all();
        assertThat(windows.stream().filter(w -> w.isOpenTo("jinniu-bureau", clock.instant()))).singleElement().satisfies(w -> {
            assertThat(w.station()).isEqualTo("金牛示范站");
            assertThat(w.endDay(clock.getZone())).isEqualTo(LocalDate.of(2026, 12, 1));
        });
        assertThat(windows.stream().filter(w -> w.isOpenTo("someone-else", clock.instant()))).isEmpty();
        assertThat(InspectionWindow.changesBetween(windows, today, today.plusDays(14), clock.getZone()))
                .extracting(c -> c.evaluator(), c -> c.opens())
                .containsExactly(tuple("jinniu-bureau", true), tuple("jinniu-bureau", false));
    }
}
