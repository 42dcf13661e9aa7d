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

        // Before the inspection window: an open window holds every expired record for its days
        // (closed early, still for the rest of that day), so nothing could be destroyed today after it.
        filingContract();
        retentionAndDisposal();

        try (AlfrescoClient client = live.client()) {
            String group = code.toLowerCase() + "-assessors";
            client.raw(AlfrescoClient.Action.createChildren("groups"), "POST", AlfrescoClient.CORE + "/groups",
                    "{\"id\":\"" + group + "\",\"displayName\":\"" + group + "\"}");
            Run open = swa("inspect", "open", "--store", store(), "--evaluators", group, "--until", LocalDate.now().plusDays(7).toString(),
                    "--period", "2025", "--lang", "en");
            assertThat(open.exitCode()).as(open.err()).isZero();
            // 2025-01, -03 and -04 (filed by the filing contract's second run); -02 is sensitive.
            assertThat(open.out()).contains("evidence for the group: 3 records").contains("withheld (sensitive): 1");
        }
        Run checked = swa("check", "--store", store(), "--period", "2025", "--write-back", "--lang", "en");
        assertThat(checked.exitCode()).as(checked.err()).isIn(0, 1);

        accessRegister();
        findWithoutIndex();
    }

    /**
     * The filing contract's essentials on the live repository: a second run files nothing again,
     * numbering goes on from the last 件号 of the series, and a document the filer does not file
     * stays in the inbox as it was.
     */
    private void filingContract() throws Exception {
        Run refile = swa("file", "--store", store(), "--fonds", code, "--lang", "en");
        assertThat(refile.exitCode()).as(refile.err()).isZero();
        assertThat(refile.out()).doesNotContain(code + "-WS·2025-D10-0004");
        assertThat(proxy.getAllServeEvents()).noneMatch(e -> e.getRequest().getMethod().getName().equals("PUT"),
                "a run with nothing new writes no record");

        byte[] note = "会议室钥匙借用登记\n3号钥匙 借出".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (AlfrescoClient client = live.client()) {
            Node inbox = inbox(client);
            client.upload(AlfrescoClient.Action.createChildren("收件箱"), inbox.getId(), null, "4月.docx", "application/octet-stream",
                    monthly(2025, 4), Map.of()).orElseThrow();
            for (int month = 3; month <= 4; month++) {
                client.upload(AlfrescoClient.Action.createChildren("收件箱"), inbox.getId(), null, "2014年" + month + "月.docx",
                        "application/octet-stream", monthly(2014, month), Map.of()).orElseThrow();
            }
            client.upload(AlfrescoClient.Action.createChildren("收件箱"), inbox.getId(), null, "钥匙.txt", "text/plain", note, Map.of())
                    .orElseThrow();
        }
        Run more = swa("file", "--store", store(), "--fonds", code, "--lang", "en");
        assertThat(more.exitCode()).as(more.err()).isIn(0, 1);
        assertThat(more.out()).contains(code + "-WS·2025-D10-0004", code + "-WS·2014-D10-0001", code + "-WS·2014-D10-0002")
                .doesNotContain(code + "-WS·2025-D10-0005");
        try (AlfrescoClient client = live.client()) {
            Node kept = client.call(AlfrescoClient.Action.read("钥匙.txt"), () -> client.nodes().getNode(inbox(client).getId(),
                    null, "钥匙.txt", null)).getEntry();
            assertThat(kept.getNodeType()).isEqualTo("cm:content");
            assertThat(client.download(AlfrescoClient.Action.read("钥匙.txt"), kept.getId())).hasValue(note);
        }
    }

    /**
     * Records of 2014 kept ten years are due; they go only by a disposal approved, then executed,
     * with the 销毁清册 filed.
     */
    private void retentionAndDisposal() {
        Run due = swa("retention", "due", "--store", store());
        assertThat(due.exitCode()).as(due.err()).isZero();
        assertThat(due.out()).contains("[WS·2014-D10]  2 件");

        Run proposed = swa("disposal", "propose", "--store", store(), "--by", "李档案", "--series", "WS·2014-D10");
        assertThat(proposed.exitCode()).as(proposed.err()).isZero();
        String proposal = "P" + LocalDate.now().getYear() + "-001";
        assertThat(proposed.out()).contains("已提请销毁：" + proposal + "，共 2 件");

        Run early = swa("disposal", "execute", proposal, "--store", store(), "--supervisor", "赵监销", "--supervisor", "钱监销");
        assertThat(early.exitCode()).as(early.err()).isEqualTo(2);
        assertThat(recordAt("文书档案/2014/定期10年/2014-03-月度工作总结.docx")).as("nothing destroyed before approval").isPresent();

        Run approved = swa("disposal", "approve", proposal, "--store", store(), "--by", "王站长");
        assertThat(approved.exitCode()).as(approved.err()).isZero();
        Run executed = swa("disposal", "execute", proposal, "--store", store(), "--supervisor", "赵监销", "--supervisor", "钱监销");
        assertThat(executed.exitCode()).as(executed.err()).isZero();
        assertThat(executed.out()).contains("已销毁 2 件", "档案销毁清册-" + proposal + ".xlsx");
        assertThat(recordAt("文书档案/2014/定期10年/2014-03-月度工作总结.docx")).isEmpty();
        assertThat(recordAt("文书档案/2014/定期10年/2014-04-月度工作总结.docx")).isEmpty();
        String register = "文书档案/" + LocalDate.now().getYear() + "/永久/" + LocalDate.now() + "-档案销毁清册-" + proposal + ".xlsx";
        assertThat(recordAt(register)).hasValueSatisfying(n -> assertThat(n.getProperties().toString())
                .contains("destruction-register"));
        assertThat(recordAt("文书档案/2025/定期10年/2025-01-月度工作总结.docx")).as("not in the proposal: kept").isPresent();
    }

    /**
     * The access register on the live repository: the swa-access audit query answers and the
     * register is written. The read here is the service account's own (the CLI's credentials), which
     * the register leaves out (the table is empty here); a person's read, named in the register, is
     * exercised live by {@code app.LiveSignInTest}, which signs real people in.
     */
    private void accessRegister() throws Exception {
        try (AlfrescoClient client = live.client()) {
            Node record = recordAt("文书档案/2025/定期10年/2025-01-月度工作总结.docx").orElseThrow();
            assertThat(client.download(AlfrescoClient.Action.read("record"), record.getId())).isPresent();
        }
        Path out = tmp.resolve("register.html");
        Run register = swa("access", "register", "--store", store(), "--from", LocalDate.now().minusDays(1).toString(), "--to",
                LocalDate.now().plusDays(1).toString(), "--format", "html", "--out", out.toString());
        assertThat(register.exitCode()).as(register.err()).isZero();
        assertThat(Files.readString(out)).contains("<title>查阅登记 — " + site + "</title>").contains("<th scope=\"col\">查阅人</th>");
    }

    /** swa find needs the search index this repository has not got: exit 2, naming the setting, never "0 hits". */
    private void findWithoutIndex() {
        Run find = swa("find", "月度工作总结", "--store", store(), "--lang", "en");
        assertThat(find.exitCode()).as(find.out()).isEqualTo(2);
        assertThat(find.err()).contains("index.subsystem.name");
    }

    private Node inbox(AlfrescoClient client) {
        Node station = StationFolders.find(client, site).orElseThrow();
        return client.call(AlfrescoClient.Action.read("收件箱"), () -> client.nodes().getNode(station.getId(), null, "收件箱", null)).getEntry();
    }

    /** The node at this path below the station folder, with its properties; empty when there is none. */
    private Optional<Node> recordAt(String path) {
        try (AlfrescoClient client = live.client()) {
            Node station = StationFolders.find(client, site).orElseThrow();
            String answer = client.raw(AlfrescoClient.Action.read(path), "GET", AlfrescoClient.CORE + "/nodes/" + station.getId()
                    + "?include=properties&relativePath=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"), null).orElse(null);
            return answer == null ? Optional.empty() : Optional.of(client.node(answer));
        }
    }

    private byte[] monthly(int year, int month) throws Exception {
        Path file = Files.createTempFile(tmp, "doc", DemoDocuments.Format.DOCX.extension());
        new DemoDocuments().write(file, DemoDocuments.Format.DOCX, new DemoDocuments.Content("示范站" + year + "年" + month + "月月度工作总结",
                List.of("所属期间：" + year + "年" + month + "月", "本月工作情况良好。"), Optional.of("王芳"),
                Optional.of(LocalDate.of(year, month, 28))));
        return Files.readAllBytes(file);
    }
}
