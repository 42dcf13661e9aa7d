package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.folder.MetadataFile;
import picocli.CommandLine;

/** The retention, disposal and hold commands run in-process against a demo station, as a user runs them. */
class DispositionCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    private static final String STATEMENT = "JN01-KJ·2014-D10-0001";

    @TempDir
    Path dir;
    private Path station;

    private record Run(int exit, String out, String err) {
    }

    private Run swa(String... args) {
        CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), CLOCK).commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run swaAt(String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--store=folder:" + station;
        return swa(all);
    }

    @BeforeEach
    void demo() {
        station = dir.resolve("station");
        assertThat(swa("demo", station.toString(), "--generate-only", "--year", "2025").exit()).isZero();
    }

    @Test
    void should_go_from_the_due_list_to_a_filed_register_when_every_sign_off_is_given() {
        Run due = swaAt("retention", "due");
        assertThat(due.exit()).isZero();
        assertThat(due.out()).contains("文书档案 · 2014 · 定期10年  [WS·2014-D10]  6 件", "KJ·2014-D10",
                "不能销毁：档案已冻结：区审计局专项审计进行中", "可提请销毁 11 件");

        Run proposed = swaAt("disposal", "propose", "--by", "李档案");
        assertThat(proposed.exit()).isZero();
        assertThat(proposed.out()).contains("已提请销毁：P2026-001，共 11 件", "会计管理机构经办人");

        Run early = swaAt("disposal", "execute", "P2026-001", "--supervisor", "赵监销", "--supervisor", "钱监销");
        assertThat(early.exit()).isEqualTo(2);
        assertThat(early.err()).contains("尚缺审批签字：站长（单位负责人）");
        assertThat(Files.exists(station.resolve("财务档案/2014/定期10年/2014-10-银行对账单.xlsx"))).isTrue();

        for (String role : new String[] {"station-head", "archive-head", "archive-handler", "accounting-head", "accounting-handler"}) {
            assertThat(swaAt("disposal", "approve", "P2026-001", "--role", role, "--by", "签字人-" + role).exit()).isZero();
        }
        Run executed = swaAt("disposal", "execute", "P2026-001", "--supervisor", "赵监销", "--supervisor", "钱监销");

        assertThat(executed.exit()).isZero();
        assertThat(executed.out()).contains("已销毁 11 件", "JN01-WS·2026-Y-0001");
        assertThat(executed.err()).contains("进度：已处理 10/11 件", "进度：已处理 11/11 件");
        assertThat(Files.exists(station.resolve("财务档案/2014/定期10年/2014-10-银行对账单.xlsx"))).isFalse();
        assertThat(Files.exists(station.resolve("财务档案/2014/定期10年/2014-12-银行对账单.xlsx"))).isTrue();
        assertThat(Files.exists(station.resolve("文书档案/2026/永久/2026-11-23-档案销毁清册-P2026-001.xlsx"))).isTrue();
        assertThat(swaAt("disposal", "show").out()).contains("P2026-001  已执行  11 件");
        assertThat(swaAt("retention", "due", "--lang", "en").out()).contains("Records due for disposal as of 2026-11-23")
                .contains("Nothing may be proposed now.");
    }

    @Test
    void should_show_proposals_and_one_proposal_as_json_when_asked_for_json() {
        assertThat(swaAt("disposal", "propose", "--by", "李档案").exit()).isZero();
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        Run list = swaAt("disposal", "show", "--format", "json");
        assertThat(list.exit()).as(list.err()).isZero();
        tools.jackson.databind.JsonNode first = json.readTree(list.out()).get("proposals").get(0);
        assertThat(first.get("id").asText()).isEqualTo("P2026-001");
        assertThat(first.get("state").asText()).isEqualTo("proposed");
        assertThat(first.get("records").asInt()).isEqualTo(11);
        assertThat(first.get("appraiser").asText()).isEqualTo("李档案");
        assertThat(first.get("missingSignOffs").size()).isPositive();

        Run one = swaAt("disposal", "show", "P2026-001", "--format", "json");
        assertThat(one.exit()).as(one.err()).isZero();
        tools.jackson.databind.JsonNode p = json.readTree(one.out());
        assertThat(p.get("items").size()).isEqualTo(11);
        assertThat(p.get("items").get(0).get("status").asText()).isEqualTo("pending");
        List<String> codes = new java.util.ArrayList<>();
        p.get("items").forEach(i -> codes.add(i.get("archiveCode").asText()));
        assertThat(codes).contains(STATEMENT);
        assertThat(p.get("signOffs").isArray()).isTrue();
        assertThat(p.get("executed").isNull()).isTrue();
        assertThat(p.has("schedule")).isTrue();
    }

    @Test
    void should_withdraw_a_proposal_keep_it_on_record_and_free_its_records_when_not_executed() throws Exception {
        assertThat(swaAt("disposal", "propose", "--by", "李档案").exit()).isZero();
        Path statement = MetadataFile.of(station.resolve("财务档案/2014/定期10年/2014-10-银行对账单.xlsx"));
        assertThat(MetadataFile.read(statement)).containsEntry("swa:dispositionStatus", "proposed");

        Run missingReason = swaAt("disposal", "withdraw", "P2026-001", "--by", "李档案");
        assertThat(missingReason.exit()).isEqualTo(2);
        Run withdrawn = swaAt("disposal", "withdraw", "P2026-001", "--by", "李档案", "--reason", "鉴定有误", "--lang", "en");

        assertThat(withdrawn.exit()).as(withdrawn.err()).isZero();
        assertThat(withdrawn.out()).contains("Withdrew proposal P2026-001 (11 records); by 李档案; reason: 鉴定有误");
        assertThat(MetadataFile.read(statement)).containsEntry("swa:dispositionStatus", "due");
        assertThat(station.resolve(".swa/disposition/P2026-001/withdrawal.json")).content().contains("鉴定有误");
        assertThat(station.resolve(".swa/disposition/P2026-001/proposal.json")).exists();
        assertThat(swaAt("disposal", "show").out()).contains("P2026-001  已撤回  11 件");
        Run execute = swaAt("disposal", "execute", "P2026-001", "--supervisor", "赵监销", "--supervisor", "钱监销");
        assertThat(execute.exit()).isEqualTo(2);
        assertThat(execute.err()).contains("已于 2026-11-23T08:00 由 李档案 撤回（鉴定有误）");
        assertThat(Files.exists(statement)).isTrue();
    }

    @Test
    void should_refuse_with_file_line_and_law_when_the_station_schedule_shortens_a_legal_minimum() throws Exception {
        Path schedule = station.resolve(".swa/retention-schedule.yaml");
        Files.createDirectories(schedule.getParent());
        Files.writeString(schedule, "schedule: jn01\nrules:\n  - {docType: sign-in-sheet, retention: D5}\n"
                + "  - {docType: voucher, retention: D10}\n");

        Run due = swaAt("retention", "due");

        assertThat(due.exit()).isEqualTo(2);
        assertThat(due.err()).contains("retention-schedule.yaml:4:").contains("voucher").contains("会计档案管理办法");
    }

    @Test
    void should_record_the_reason_when_a_hold_is_placed_and_released() throws Exception {
        Run missingReason = swaAt("hold", "add", STATEMENT, "--by", "王站长");
        assertThat(missingReason.exit()).isEqualTo(2);

        Run added = swaAt("hold", "add", STATEMENT, "--reason", "债权债务未了结", "--by", "王站长");
        assertThat(added.exit()).isZero();
        Path metadata = MetadataFile.of(station.resolve("财务档案/2014/定期10年/2014-10-银行对账单.xlsx"));
        assertThat(MetadataFile.read(metadata)).containsEntry("swa:hold", "true").containsEntry("swa:holdReason", "债权债务未了结")
                .containsEntry("swa:holdSince", "2026-11-23").containsEntry("swa:dispositionStatus", "held")
                .containsEntry("aspects", "swa:retention,swa:held");
        assertThat(swaAt("retention", "due").out()).contains("可提请销毁 10 件");

        Run released = swaAt("hold", "release", STATEMENT, "--reason", "已结清", "--by", "王站长", "--lang", "en");
        assertThat(released.exit()).isZero();
        assertThat(MetadataFile.read(metadata)).containsEntry("swa:hold", "false").doesNotContainKey("swa:holdReason")
                .doesNotContainKey("swa:holdSince").containsEntry("swa:dispositionStatus", "due")
                .containsEntry("aspects", "swa:retention");
        assertThat(Files.readString(station.resolve(".swa/disposition/holds.log")))
                .contains("债权债务未了结").contains("已结清").contains("\"action\":\"release\"");
        assertThat(swaAt("hold", "release", STATEMENT, "--reason", "x", "--by", "y").err()).contains("没有 swa:hold 冻结可解除");
    }

    @Test
    void should_hold_every_due_record_when_an_inspection_window_is_open() {
        assertThat(swaAt("inspect", "open", "--evaluators", "jinniu-assessors", "--until", "2026-12-31").exit()).isZero();

        Run due = swaAt("retention", "due");

        assertThat(due.out()).contains("检查/评估进行中（jinniu-assessors").contains("目前没有可提请销毁的档案。");
        assertThat(swaAt("disposal", "propose", "--by", "李档案").exit()).isEqualTo(2);
        assertThat(swaAt("retention", "due", "--as-of", "2027-01-05").out()).contains("可提请销毁 11 件");
    }

    @Test
    void should_write_disposition_dates_and_statuses_when_applied() throws Exception {
        Run applied = swaAt("retention", "apply");

        assertThat(applied.exit()).isZero();
        Path statement = MetadataFile.of(station.resolve("财务档案/2014/定期10年/2014-10-银行对账单.xlsx"));
        assertThat(MetadataFile.read(statement)).containsEntry("swa:dispositionDate", "2025-01-01")
                .containsEntry("swa:dispositionStatus", "due");
        assertThat(swaAt("retention", "apply").out()).contains("已更新 0 件");
        // The content model accepts every status written: a check of the station shows no metadata problem about them.
        assertThat(swaAt("check", "--period", "2025").out()).doesNotContain("swa:dispositionStatus").doesNotContain("swa:dispositionDate");
    }

    @Test
    void should_refuse_a_bad_option_value_in_the_language_asked_for_when_picocli_reads_it() {
        Run zh = swaAt("disposal", "approve", "P2026-001", "--role", "nobody", "--by", "王站长");
        Run en = swaAt("disposal", "approve", "P2026-001", "--role", "nobody", "--by", "王站长", "--lang", "en");
        Run when = swaAt("disposal", "execute", "P2026-001", "--at", "tomorrow", "--lang=en");

        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).contains("“nobody”不是签字角色").doesNotContain("is not a sign-off role");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).contains("'nobody' is not a sign-off role (station-head").doesNotContain("签字角色");
        assertThat(when.err()).contains("'tomorrow' is not a date and time");
    }

    @Test
    void should_say_a_refusal_in_one_language_when_the_command_asks_for_it() {
        Run zh = swaAt("hold", "release", STATEMENT, "--reason", "x", "--by", "王站长");
        Run en = swaAt("hold", "release", STATEMENT, "--reason", "x", "--by", "王站长", "--lang", "en");

        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).contains("没有 swa:hold 冻结可解除").doesNotContain("has no swa:hold");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).contains("has no swa:hold to release").doesNotContain("冻结");
    }
}
