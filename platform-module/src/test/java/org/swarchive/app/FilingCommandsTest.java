package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.check.CheckResult;
import org.swarchive.check.StationCheck;
import org.swarchive.classify.FilingFixture;
import org.swarchive.demo.DemoDocuments;
import org.swarchive.demo.DemoOptions;
import org.swarchive.demo.DemoStation;
import org.swarchive.demo.DemoStationGenerator;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import picocli.CommandLine;

class FilingCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int swa(String... args) {
        CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), FilingFixture.CLOCK).commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void should_file_list_and_accept_when_used_from_the_command_line() throws Exception {
        FilingFixture f = new FilingFixture(dir);
        f.monthly("三月.docx", 2025, 3, DemoDocuments.Format.DOCX);
        f.documents.docx(f.inbox.resolve("新建 Microsoft Word 文档.docx"), new DemoDocuments.Content("说明",
                List.of("请大家按时到岗。"), Optional.empty(), Optional.empty()));

        assertThat(swa("file", "--store", "folder:" + dir, "--fonds", "JN01")).isEqualTo(0);
        assertThat(out.toString()).contains("已归档  收件箱/三月.docx → 文书档案/2025/定期10年/2025-03-月度工作总结.docx  JN01-WS·2025-D10-0001")
                .contains("待审    收件箱/新建 Microsoft Word 文档.docx").contains("已归档 1 份，待审 1 份，失败 0 份");

        out.getBuffer().setLength(0);
        assertThat(swa("review", "--store", "folder:" + dir, "--lang", "en")).isEqualTo(0);
        assertThat(out.toString()).contains("1 documents await review", "新建 Microsoft Word 文档.docx", "why: ");
        String id = out.toString().replaceAll("(?s).*\\[([0-9a-f]{8})].*", "$1");

        out.getBuffer().setLength(0);
        assertThat(swa("review", "accept", id, "--store", "folder:" + dir, "--doc-type", "monthly-summary")).isEqualTo(2);
        assertThat(err.toString()).contains("--period");
        assertThat(swa("review", "accept", id, "--store", "folder:" + dir, "--doc-type", "no-such-type")).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-type");

        assertThat(swa("review", "accept", id, "--store", "folder:" + dir, "--doc-type", "policy", "--date", "2025-09-01"))
                .isEqualTo(0);
        assertThat(out.toString()).contains("JN01-WS·2025-Y-0001");
        assertThat(dir.resolve("文书档案/2025/永久/2025-09-01-管理制度.docx")).exists();
        out.getBuffer().setLength(0);
        assertThat(swa("review", "--store", "folder:" + dir)).isEqualTo(0);
        assertThat(out.toString()).contains("待审队列为空");
    }

    @Test
    void should_list_the_review_queue_as_json_when_asked_for_json() throws Exception {
        FilingFixture f = new FilingFixture(dir);
        f.documents.docx(f.inbox.resolve("新建 Microsoft Word 文档.docx"), new DemoDocuments.Content("说明",
                List.of("请大家按时到岗。"), Optional.empty(), Optional.empty()));
        assertThat(swa("file", "--store", "folder:" + dir, "--fonds", "JN01")).isEqualTo(0);
        out.getBuffer().setLength(0);
        assertThat(swa("review", "--store", "folder:" + dir, "--format", "json", "--lang", "en")).isEqualTo(0);
        tools.jackson.databind.JsonNode doc = tools.jackson.databind.json.JsonMapper.builder().build().readTree(out.toString());
        assertThat(doc.get("total").asInt()).isEqualTo(1);
        tools.jackson.databind.JsonNode item = doc.get("items").get(0);
        assertThat(item.get("id").asText()).matches("[0-9a-f]{8}");
        assertThat(item.get("inboxId").asText()).contains("新建 Microsoft Word 文档.docx");
        assertThat(item.get("reasons").size()).isPositive();
        assertThat(item.get("needs").asText()).isNotBlank();
        for (String field : new String[] {"queuedAt", "candidates", "proposal"}) {
            assertThat(item.has(field)).as(field).isTrue();
        }
    }

    @Test
    void should_say_what_is_missing_in_english_only_when_a_review_is_accepted_with_lang_en() throws Exception {
        FilingFixture f = new FilingFixture(dir);
        f.documents.docx(f.inbox.resolve("新建 Microsoft Word 文档.docx"), new DemoDocuments.Content("说明",
                List.of("请大家按时到岗。"), Optional.empty(), Optional.empty()));
        assertThat(swa("file", "--store", "folder:" + dir, "--fonds", "JN01")).isEqualTo(0);
        out.getBuffer().setLength(0);
        assertThat(swa("review", "--store", "folder:" + dir)).isEqualTo(0);
        String id = out.toString().replaceAll("(?s).*\\[([0-9a-f]{8})].*", "$1");

        assertThat(swa("review", "accept", id, "--store", "folder:" + dir, "--doc-type", "monthly-summary", "--lang", "en"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("give the period with --period").doesNotContain("请用");
        err.getBuffer().setLength(0);
        assertThat(swa("review", "accept", id, "--store", "folder:" + dir, "--doc-type", "no-such-type")).isEqualTo(2);
        assertThat(err.toString()).contains("文档类型“no-such-type”不在目录中").doesNotContain("unknown doc type");
    }

    @Test
    void should_say_why_in_the_filing_line_and_on_the_record_when_a_case_intake_holds_a_childs_birth_date() throws Exception {
        FilingFixture f = new FilingFixture(dir);
        f.documents.docx(f.inbox.resolve("接案登记表-C021.docx"), new DemoDocuments.Content("接案登记表",
                List.of("个案编号：C021", "接案日期：2025年4月8日", "服务对象出生日期：2015年6月1日", "既往病史：哮喘"),
                Optional.empty(), Optional.empty()));

        assertThat(swa("file", "--store", "folder:" + dir, "--fonds", "JN01")).isEqualTo(0);

        assertThat(out.toString()).contains("已归档  收件箱/接案登记表-C021.docx")
                .contains("密级：敏感个人信息（含未满 14 周岁儿童的信息（出生日期或年龄）；含健康、诊断或残疾信息（“病史”））");
        Path metadata;
        try (var files = Files.walk(dir.resolve("服务档案"))) {
            metadata = files.filter(p -> p.toString().endsWith(".metadata.properties.xml")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(metadata)).contains("<entry key=\"swa:confidentiality\">sensitive</entry>")
                .contains("swa:confidentialityNote").contains("第二十八条");
    }

    @Test
    void should_exit_2_with_a_clear_message_when_no_fonds_is_known() {
        assertThat(swa("file", "--store", "folder:" + dir)).isEqualTo(2);
        assertThat(err.toString()).contains("--fonds");
    }

    @Test
    void should_find_exactly_the_deliberate_gaps_when_the_demo_inbox_has_been_filed() throws Exception {
        var catalogue = new CatalogueLoader().shipped();
        Framework fw = new FrameworkLibrary(new FrameworkLoader(catalogue)).resolve("station-star");
        Path station = dir.resolve("demo");
        DemoStation made = new DemoStationGenerator(catalogue, new ReadinessEngine()).generate(station, fw,
                DemoOptions.forYear(2025), msg -> { });
        assertThat(made.toFile()).hasSizeGreaterThanOrEqualTo(8);

        assertThat(swa("demo", station.toString(), "--year", "2025", "--as-of", "2026-06-30",
                "--report-dir", dir.resolve("reports").toString(), "--no-serve")).isEqualTo(0);
        assertThat(out.toString()).contains("已归档 " + made.toFile().size() + " 份，待审 3 份，失败 0 份");

        CheckResult result = new StationCheck(new ReadinessEngine()).run(
                new org.swarchive.store.folder.FolderStore(station, new org.swarchive.archive.RecordReader(catalogue)),
                fw, org.swarchive.archive.Period.year(2025), LocalDate.of(2026, 6, 30));
        assertThat(result.records()).isEqualTo(made.records());
        assertThat(result.unclassified()).containsExactlyInAnyOrderElementsOf(made.unclassified());
        assertThat(result.assessment().gaps()).extracting(g -> g.docType() + "|" + g.period() + "|" + g.subject())
                .containsExactlyInAnyOrderElementsOf(DemoStationGenerator.deliberateGaps(2025).stream()
                        .map(g -> g.docType() + "|" + g.period() + "|" + g.subject()).toList());
        assertThat(new FilingFixture(station).codes()).allSatisfy((series, items) -> assertThat(items)
                .as("series %s has no gaps", series.key())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, items.size()).boxed().toList()));
        assertThat(Files.exists(station.resolve("收件箱/3月总结(终稿)(2).docx"))).isFalse();
    }
}
