package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.alfresco.FakeRepository;
import org.swarchive.store.alfresco.RepositoryStation;
import org.swarchive.retry.Retries;
import picocli.CommandLine;

/** {@code swa retention | disposal | hold --store alfresco:URL/sites/SITE} as a user runs them, against a repository that remembers. */
class AlfrescoDispositionCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    private static final String LOG_1 = "文书档案/2014/定期10年/2014-03-工作日志.txt";
    private static final String LOG_3 = "文书档案/2014/定期10年/2014-05-工作日志.txt";
    private static final String STATEMENT = "财务档案/2014/定期10年/2014-06-银行对账单.xlsx";

    private RepositoryStation station;

    private record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void start() {
        station = new RepositoryStation();
        for (int m = 3; m <= 5; m++) {
            station.file("文书档案/2014/定期10年/2014-0" + m + "-工作日志.txt", "swa:documentRecord", Map.of("swa:docType", "work-log",
                    "swa:period", "2014-0" + m, "swa:retention", "D10", "swa:archiveCode", "JN01-WS·2014-D10-000" + (m - 2),
                    "cm:title", "2014年" + m + "月工作日志"));
        }
        station.file(STATEMENT, "swa:financeRecord", Map.of("swa:docType", "bank-statement", "swa:period", "2014-06",
                "swa:retention", "D10", "swa:archiveCode", "JN01-KJ·2014-D10-0001"));
        station.file("文书档案/2020/定期10年/2020-05-工作日志.txt", "swa:documentRecord", Map.of("swa:docType", "work-log",
                "swa:period", "2020-05", "swa:retention", "D10", "swa:archiveCode", "JN01-WS·2020-D10-0001"));
    }

    @AfterEach
    void stop() {
        station.close();
    }

    private Run swa(String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--store=" + station.location();
        CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), CLOCK, station.environment(),
                new Retries(2, Duration.ofMillis(1), 2)).commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void should_go_from_the_due_list_to_a_register_filed_in_the_site_when_run_on_alfresco() {
        Run due = swa("retention", "due");
        assertThat(due.exit()).as(due.err()).isZero();
        assertThat(due.out()).contains("alfresco:http://localhost:").contains("/sites/swa-jn01", "[WS·2014-D10]  3 件",
                "[KJ·2014-D10]  1 件", "可提请销毁 4 件");

        Run applied = swa("retention", "apply");
        assertThat(applied.out()).contains("已更新 5 件");
        assertThat(station.properties(LOG_1)).containsEntry("swa:dispositionStatus", "due");
        assertThat(swa("retention", "apply").out()).contains("已更新 0 件");

        Run held = swa("hold", "add", "JN01-WS·2014-D10-0003", "--reason", "区审计局专项审计进行中", "--by", "王站长");
        assertThat(held.exit()).as(held.err()).isZero();
        assertThat(station.properties(LOG_3)).containsEntry("swa:hold", "true").containsEntry("swa:holdReason", "区审计局专项审计进行中")
                .containsEntry("swa:holdSince", "2026-11-23").containsEntry("swa:dispositionStatus", "held");
        assertThat(station.aspects(LOG_3)).contains("swa:held");

        Run proposed = swa("disposal", "propose", "--by", "李档案");
        assertThat(proposed.exit()).as(proposed.err()).isZero();
        assertThat(proposed.out()).contains("已提请销毁：P2026-001，共 3 件", "会计管理机构经办人");
        for (String role : new String[] {"station-head", "archive-head", "archive-handler", "accounting-head", "accounting-handler"}) {
            Run signed = swa("disposal", "approve", "P2026-001", "--role", role, "--by", "签字人-" + role);
            assertThat(signed.exit()).as(signed.err()).isZero();
        }
        assertThat(station.properties(STATEMENT)).containsEntry("swa:dispositionStatus", "approved");

        Run executed = swa("disposal", "execute", "P2026-001", "--supervisor", "赵监销", "--supervisor", "钱监销");

        assertThat(executed.exit()).as(executed.err()).isZero();
        assertThat(executed.out()).contains("已销毁 3 件", "JN01-WS·2026-Y-0001", "文书档案/2026/永久/2026-11-23-档案销毁清册-P2026-001.xlsx",
                "/documentLibrary/.swa/disposition/P2026-001/销毁清册-P2026-001.html");
        assertThat(station.at(LOG_1)).isEmpty();
        assertThat(station.at(STATEMENT)).isEmpty();
        assertThat(station.at(LOG_3)).isPresent();
        assertThat(station.repository().trashed()).isEmpty();
        assertThat(station.properties("文书档案/2026/永久/2026-11-23-档案销毁清册-P2026-001.xlsx"))
                .containsEntry("swa:docType", "destruction-register").containsEntry("swa:retention", "Y");
        assertThat(swa("disposal", "show").out()).contains("P2026-001  已执行  3 件");
        assertThat(station.note("disposition/holds.log")).hasValueSatisfying(l -> assertThat(l).contains("区审计局专项审计进行中"));

        Run released = swa("hold", "release", "JN01-WS·2014-D10-0003", "--reason", "审计结束", "--by", "王站长", "--lang", "en");
        assertThat(released.exit()).as(released.err()).isZero();
        assertThat(station.aspects(LOG_3)).doesNotContain("swa:held");
        assertThat(station.properties(LOG_3)).doesNotContainKey("swa:hold").containsEntry("swa:dispositionStatus", "due");
    }

    @Test
    void should_withdraw_a_proposal_and_show_it_withdrawn_when_asked_on_alfresco() {
        assertThat(swa("disposal", "propose", "--by", "李档案", "--series", "WS·2014-D10").exit()).isZero();

        Run withdrawn = swa("disposal", "withdraw", "P2026-001", "--by", "李档案", "--reason", "鉴定有误");

        assertThat(withdrawn.exit()).as(withdrawn.err()).isZero();
        assertThat(withdrawn.out()).contains("已撤回销毁提议 P2026-001（3 件）", "鉴定有误");
        assertThat(swa("disposal", "show", "P2026-001").out()).contains("已撤回", "撤回：2026-11-23T08:00  李档案  鉴定有误",
                "提议已撤回，未销毁");
        assertThat(station.properties(LOG_1)).containsEntry("swa:dispositionStatus", "due");
        Run again = swa("disposal", "withdraw", "P2026-001", "--by", "李档案", "--reason", "再撤");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("已于 2026-11-23T08:00 由 李档案 撤回");
        assertThat(swa("disposal", "propose", "--by", "李档案").out()).contains("已提请销毁：P2026-002，共 4 件");
    }

    @Test
    void should_explain_who_may_delete_permanently_and_destroy_nothing_when_the_repository_answers_403() {
        station.repository().route((method, path, query, request, repo) -> method.equals("DELETE") && "true".equals(query.get("permanent"))
                && !isNote(repo, path) ? FakeRepository.ok(403, FakeRepository.errorBody(403)) : null);
        assertThat(swa("disposal", "propose", "--by", "李档案", "--series", "WS·2014-D10").exit()).isZero();
        assertThat(swa("disposal", "approve", "P2026-001", "--by", "王站长").exit()).isZero();

        Run executed = swa("disposal", "execute", "P2026-001", "--supervisor", "赵监销", "--supervisor", "钱监销");

        assertThat(executed.exit()).isEqualTo(2);
        assertThat(executed.err()).contains("只有节点的所有者或管理员才能永久删除", LOG_1).doesNotContain("Exception").doesNotContain("s3cret");
        assertThat(station.at(LOG_1)).isPresent();
        assertThat(swa("disposal", "show", "P2026-001").out()).contains("执行未完成，可继续执行");
    }

    @Test
    void should_name_the_file_and_line_when_the_stations_own_schedule_in_alfresco_breaks_a_legal_minimum() {
        String library = station.repository().library(RepositoryStation.SITE);
        String swa = station.repository().folder(".swa", "cm:folder", library).get("id").asText();
        station.repository().document(swa, "retention-schedule.yaml", "cm:content", Map.of(),
                "schedule: jn01\nrules:\n  - {docType: bank-statement, retention: D5}\n".getBytes(StandardCharsets.UTF_8));

        Run due = swa("retention", "due");

        assertThat(due.exit()).isEqualTo(2);
        assertThat(due.err()).contains("documentLibrary/.swa/retention-schedule.yaml:3:").contains("bank-statement");
    }

    /** Whether a DELETE is of one of the service's own notes (their lock notes come and go), not of a record. */
    private static boolean isNote(FakeRepository repo, String path) {
        var node = repo.node(path.substring(path.lastIndexOf('/') + 1));
        return node != null && node.path("path").path("name").asText().contains("/documentLibrary/.swa");
    }
}
