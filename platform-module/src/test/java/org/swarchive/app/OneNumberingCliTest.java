package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.classify.FilingFixture;
import org.swarchive.demo.DemoDocuments;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ScanItem;
import org.swarchive.store.folder.MetadataFile;
import picocli.CommandLine;

/**
 * Every writer of an archive code draws the next 件号 the one way (docs/domain.md §5: no two
 * records ever share a code): {@code swa file}, the destruction register {@code swa disposal
 * execute} files, and {@code swa file} again, on one folder station.
 */
class OneNumberingCliTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run swa(String... args) {
        CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), FilingFixture.CLOCK).commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run swaAt(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--store=folder:" + dir);
        return swa(all.toArray(String[]::new));
    }

    private void dropPolicy(FilingFixture f, String name, String title, LocalDate date) throws Exception {
        f.documents.docx(f.inbox.resolve(name), new DemoDocuments.Content(title,
                List.of("第一条 为规范本站管理，制定本制度。", "第二条 本制度自发布之日起施行。",
                date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"), Optional.of("王站长"), Optional.of(date)));
    }

    @Test
    void should_never_issue_a_code_twice_when_the_destruction_register_is_filed_between_two_filings() throws Exception {
        FilingFixture f = new FilingFixture(dir);
        // A work log of 2014, due for destruction since 2025.
        Path log = Files.createDirectories(dir.resolve("文书档案/2014/定期10年")).resolve("2014-03-工作日志.txt");
        Files.writeString(log, "2014年3月工作日志");
        MetadataFile.write(MetadataFile.of(log), Map.of("type", "swa:documentRecord", "swa:docType", "work-log",
                "swa:period", "2014-03", "swa:retention", "D10", "swa:archiveCode", "JN01-WS·2014-D10-0001"));
        dropPolicy(f, "站务管理制度汇编.docx", "站务管理制度汇编", LocalDate.of(2026, 1, 5));

        Run first = swaAt("file", "--fonds", "JN01");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("JN01-WS·2026-Y-0001");

        assertThat(swaAt("disposal", "propose", "--by", "李档案").exit()).isZero();
        assertThat(swaAt("disposal", "approve", "P2026-001", "--role", "station-head", "--by", "王站长").exit()).isZero();
        Run executed = swaAt("disposal", "execute", "P2026-001", "--supervisor", "赵监销", "--supervisor", "钱监销");
        assertThat(executed.exit()).as(executed.err()).isZero();
        assertThat(executed.out()).contains("JN01-WS·2026-Y-0002");

        dropPolicy(f, "财务管理办法.docx", "财务报销管理办法", LocalDate.of(2026, 2, 10));
        Run second = swaAt("file");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("JN01-WS·2026-Y-0003");

        List<String> codes = new ArrayList<>();
        try (Stream<ScanItem> items = f.store().scan()) {
            items.filter(ScanItem.Filed.class::isInstance).map(i -> ((ScanItem.Filed) i).record())
                    .forEach(r -> r.property("swa:archiveCode").flatMap(ArchiveCode::parse).ifPresent(c -> codes.add(c.toString())));
        }
        assertThat(codes).as("no two records share a code").doesNotHaveDuplicates()
                .contains("JN01-WS·2026-Y-0001", "JN01-WS·2026-Y-0002", "JN01-WS·2026-Y-0003");
        assertThat(swaAt("check", "--period", "2026").out()).as("check finds no duplicate").doesNotContain("重复");
    }
}
