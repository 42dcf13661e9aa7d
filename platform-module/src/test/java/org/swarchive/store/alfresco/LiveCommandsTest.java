package org.swarchive.store.alfresco;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alfresco.core.model.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.app.SwaCli;
import org.swarchive.demo.DemoDocuments;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.retry.Retries;
import tools.jackson.databind.json.JsonMapper;

/**
 * The district administrator's commands on the live repository, as issue 13 tried them: station
 * create, file, check, access apply, inspect open — each through a WireMock proxy in front of the
 * repository, which counts the requests (printed for docs/benchmarks.md with the seconds).
 */
@Tag(LiveRepository.TAG)
class LiveCommandsTest {

    private final LiveRepository live = LiveRepository.get();
    private final WireMockServer proxy = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
    private final String site = AlfrescoLocation.siteIdOf(code);

    @TempDir
    Path tmp;

    LiveCommandsTest() {
        proxy.start();
        proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(live.baseUrl())));
    }

    @AfterEach
    void stop() {
        proxy.stop();
    }

    record Run(int exitCode, String out, String err, int requests, long millis) {
    }

    private Run swa(String... args) {
        proxy.resetRequests();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), Clock.systemDefaultZone(), live.environment(),
                new Retries(3, Duration.ofMillis(500), 2)).commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        long t0 = System.nanoTime();
        int rc = cl.execute(args);
        Run r = new Run(rc, out.toString(), err.toString(), proxy.getAllServeEvents().size(), (System.nanoTime() - t0) / 1_000_000);
        System.out.printf("acs-live: swa %s → exit %d, %d requests, %.1f s%n", String.join(" ", args).replace(store(), "STORE"), rc,
                r.requests(), r.millis() / 1000.0);
        return r;
    }

    private String store() {
        return "alfresco:" + proxy.baseUrl() + "/sites/" + site;
    }

    @Test
    void should_file_check_apply_and_open_a_window_when_the_repository_has_no_index() throws Exception {
        Run create = swa("station", "create", "--store", "alfresco:" + proxy.baseUrl(), code, "示范社工站 " + code, "--lang", "en");
        assertThat(create.exitCode()).as(create.err()).isZero();
        Run again = swa("station", "create", "--store", "alfresco:" + proxy.baseUrl(), code, "示范社工站 " + code, "--lang", "en");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(proxy.getAllServeEvents()).allMatch(e -> e.getRequest().getMethod().getName().equals("GET")
                || e.getRequest().getUrl().contains("/search/"), "a second run only reads");

        try (AlfrescoClient client = live.client()) {
            Node station = StationFolders.find(client, site).orElseThrow();
            Node inbox = client.call(AlfrescoClient.Action.read("收件箱"),
                    () -> client.nodes().getNode(station.getId(), null, "收件箱", null)).getEntry();
            for (int month = 1; month <= 3; month++) {
                client.upload(AlfrescoClient.Action.createChildren("收件箱"), inbox.getId(), null, month + "月.docx",
                        "application/octet-stream", monthly(2025, month), Map.of()).orElseThrow();
            }
        }
        Run file = swa("file", "--store", store(), "--fonds", code, "--lang", "en");
        assertThat(file.exitCode()).as(file.err()).isZero();
        assertThat(file.out()).contains("Filed 3").contains(code + "-WS·2025-D10-0001", code + "-WS·2025-D10-0003");

        Run check = swa("check", "--store", store(), "--period", "2025", "--format", "json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(JsonMapper.builder().build().readTree(check.out()).toString()).contains("2025-03-月度工作总结.docx");

        try (AlfrescoClient client = live.client()) {
            Node record = client.call(AlfrescoClient.Action.read("record"), () -> client.nodes().getNode(
                    StationFolders.find(client, site).orElseThrow().getId(), List.of("properties", "aspectNames"),
                    "文书档案/2025/定期10年/2025-02-月度工作总结.docx", null)).getEntry();
            new AlfrescoNodes(client).update(record, Map.of("swa:confidentiality", "sensitive"), List.of());
        }
        Run apply = swa("access", "apply", "--store", store(), "--lang", "en");
        assertThat(apply.exitCode()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("into sensitive: 文书档案/2025/定期10年/2025-02-月度工作总结.docx");
        Run applied = swa("access", "apply", "--store", store(), "--lang", "en");
        assertThat(applied.out()).contains("In place: nothing to change.");

        try (AlfrescoClient client = live.client()) {
            String group = code.toLowerCase() + "-assessors";
            client.raw(AlfrescoClient.Action.createChildren("groups"), "POST", AlfrescoClient.CORE + "/groups",
                    "{\"id\":\"" + group + "\",\"displayName\":\"" + group + "\"}");
            Run open = swa("inspect", "open", "--store", store(), "--evaluators", group, "--until", LocalDate.now().plusDays(7).toString(),
                    "--period", "2025", "--lang", "en");
            assertThat(open.exitCode()).as(open.err()).isZero();
            assertThat(open.out()).contains("evidence for the group: 2 records").contains("withheld (sensitive): 1");
        }
        Run checked = swa("check", "--store", store(), "--period", "2025", "--write-back", "--lang", "en");
        assertThat(checked.exitCode()).as(checked.err()).isIn(0, 1);
    }

    private byte[] monthly(int year, int month) throws Exception {
        Path file = Files.createTempFile(tmp, "doc", DemoDocuments.Format.DOCX.extension());
        new DemoDocuments().write(file, DemoDocuments.Format.DOCX, new DemoDocuments.Content("示范站" + year + "年" + month + "月月度工作总结",
                List.of("所属期间：" + year + "年" + month + "月", "本月工作情况良好。"), Optional.of("王芳"),
                Optional.of(LocalDate.of(year, month, 28))));
        return Files.readAllBytes(file);
    }
}
