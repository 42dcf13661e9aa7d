package org.swarchive.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.demo.DemoDocuments;
import org.swarchive.filing.ReviewItem;
import org.swarchive.i18n.Language;

/**
 * Every kind of bad input named by issue 4: each gets a clear reason naming the file, the good
 * document beside it is still filed, nothing is written outside the station, nothing is lost.
 */
class BadInputTest {

    private static final long ONE_MIB = 1024 * 1024;

    @TempDir
    Path outer;

    private Path station;
    private FilingFixture f;

    @BeforeEach
    void station() throws IOException {
        station = outer.resolve("station");
        f = new FilingFixture(station);
        f.monthly("正常的月报.docx", 2025, 4, DemoDocuments.Format.DOCX);
    }

    private InboxFiling.Summary fileAll() throws IOException {
        InboxFiling.Summary s = f.run(f.filer(ONE_MIB), ONE_MIB).run(e -> { });
        assertThat(s.events()).filteredOn(e -> e instanceof InboxFiling.Event.Filed)
                .anySatisfy(e -> assertThat(e.id()).endsWith("正常的月报.docx"));
        try (var top = Files.list(outer)) {
            assertThat(top.map(p -> p.getFileName().toString()).toList()).as("nothing outside the station").containsExactly("station");
        }
        return s;
    }

    private InboxFiling.Event.Failed failed(InboxFiling.Summary s, String name) {
        return s.events().stream().filter(e -> e instanceof InboxFiling.Event.Failed && e.id().contains(name))
                .map(e -> (InboxFiling.Event.Failed) e).findFirst()
                .orElseThrow(() -> new AssertionError("no failure reported for " + name + ": " + s.events()));
    }

    private void assertKeptAndQueued(String name) throws IOException {
        assertThat(f.inboxFiles()).as("left in the inbox").contains(name);
        assertThat(f.filer(ONE_MIB).reviewQueue()).extracting(ReviewItem::inboxId).contains("收件箱/" + name);
    }

    @Test
    void should_name_a_corrupt_pdf_and_keep_it_when_it_cannot_be_parsed() throws IOException {
        Files.writeString(f.inbox.resolve("损坏的报告.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF-not");
        InboxFiling.Summary s = fileAll();
        assertThat(failed(s, "损坏的报告.pdf").reason().in(Language.ZH)).contains("已损坏");
        assertKeptAndQueued("损坏的报告.pdf");
    }

    @Test
    void should_say_password_protected_when_a_pdf_is_encrypted() throws IOException {
        f.documents.encryptedPdf(f.inbox.resolve("加密的会议记录.pdf"), new DemoDocuments.Content("2025年5月会议记录",
                List.of("参会人员：全体"), Optional.empty(), Optional.empty()), "secret");
        InboxFiling.Summary s = fileAll();
        assertThat(failed(s, "加密的会议记录.pdf").reason().in(Language.ZH)).contains("密码保护");
        assertKeptAndQueued("加密的会议记录.pdf");
        // The name alone still gives the archivist a head start.
        assertThat(f.filer(ONE_MIB).reviewQueue()).filteredOn(r -> r.inboxId().endsWith("加密的会议记录.pdf"))
                .singleElement().satisfies(r -> assertThat(r.candidates()).contains("meeting-minutes"));
    }

    @Test
    void should_say_empty_when_a_file_has_no_bytes() throws IOException {
        Files.createFile(f.inbox.resolve("空文件.docx"));
        InboxFiling.Summary s = fileAll();
        assertThat(failed(s, "空文件.docx").reason().in(Language.ZH)).contains("文件为空");
        assertKeptAndQueued("空文件.docx");
    }

    @Test
    void should_say_unsupported_when_no_parser_reads_the_format() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(f.inbox.resolve("图纸.dwg"), noise);
        InboxFiling.Summary s = fileAll();
        assertThat(failed(s, "图纸.dwg").reason().in(Language.ZH)).contains("不支持的文件格式");
        assertKeptAndQueued("图纸.dwg");
    }

    @Test
    void should_not_open_a_file_when_it_is_over_the_size_limit() throws IOException {
        Files.writeString(f.inbox.resolve("超大的工作日志.txt"), "2025年3月工作日志\n" + "很长的内容。".repeat(200_000));
        InboxFiling.Summary s = fileAll();
        assertThat(failed(s, "超大的工作日志.txt").reason().in(Language.ZH)).contains("超过上限", "--max-size");
        assertKeptAndQueued("超大的工作日志.txt");
    }

    @Test
    void should_read_chinese_names_when_a_zip_stores_them_in_gbk() throws IOException {
        Path good = f.monthly("临时.docx", 2025, 6, DemoDocuments.Format.DOCX);
        byte[] docx = Files.readAllBytes(good);
        Files.delete(good);
        Path zip = f.inbox.resolve("六月材料.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
            out.setEncoding("GBK");
            out.setUseLanguageEncodingFlag(false);
            out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            entry(out, "六月/2025年6月月度工作总结.docx", docx);
        }
        byte[] raw = Files.readAllBytes(zip);
        assertThat(new String(raw, Charset.forName("GBK"))).as("the name really is GBK in the zip").contains("月度工作总结");

        InboxFiling.Summary s = fileAll();
        assertThat(s.events()).filteredOn(e -> e instanceof InboxFiling.Event.Filed)
                .anySatisfy(e -> assertThat(e.id()).isEqualTo("收件箱/六月材料/六月/2025年6月月度工作总结.docx"));
        assertThat(station.resolve(".swa/originals/六月材料.zip")).exists();
        assertThat(f.codes().values()).allSatisfy(items -> assertThat(items).containsExactly(1, 2));
    }

    @Test
    void should_skip_an_entry_and_write_nothing_outside_when_a_zip_path_climbs_out() throws IOException {
        Path zip = f.inbox.resolve("可疑.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
            entry(out, "../../逃逸.txt", "2025年3月工作日志".getBytes());
            entry(out, "2025年5月会议记录.txt", "2025年5月会议记录\n参会人员：全体社工".getBytes());
        }
        InboxFiling.Summary s = fileAll();
        assertThat(failed(s, "可疑.zip!../../逃逸.txt").reason().in(Language.ZH)).contains("../");
        assertThat(s.events()).filteredOn(e -> e instanceof InboxFiling.Event.Filed)
                .anySatisfy(e -> assertThat(e.id()).endsWith("2025年5月会议记录.txt"));
        assertThat(outer.resolve("逃逸.txt")).doesNotExist();
        assertThat(f.allFiles()).noneMatch(p -> p.contains("逃逸"));
        assertThat(station.resolve(".swa/originals/可疑.zip")).as("the zip, with the skipped entry, is kept").exists();
    }

    @Test
    void should_refuse_a_zip_bomb_whole_and_keep_it_when_it_expands_past_the_limits() throws IOException {
        Path zip = f.inbox.resolve("炸弹.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
            out.putArchiveEntry(new ZipArchiveEntry("zeros.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
            out.closeArchiveEntry();
        }
        assertThat(Files.size(zip)).isLessThan(ONE_MIB);
        InboxFiling.Summary s = fileAll();
        assertThat(failed(s, "炸弹.zip").reason().in(Language.ZH)).contains("压缩炸弹");
        assertThat(f.inboxFiles()).containsExactly("炸弹.zip");
        assertThat(f.allFiles()).noneMatch(p -> p.contains("zeros"));
        assertThat(f.filer(ONE_MIB).reviewQueue()).extracting(ReviewItem::inboxId).contains("收件箱/炸弹.zip");
    }

    @Test
    void should_mend_the_name_and_still_file_when_it_is_not_valid_on_the_target_file_system() throws IOException {
        Path zip = f.inbox.resolve("会议.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
            entry(out, "会议记录:5月?.txt", "2025年5月会议记录\n参会人员：全体社工".getBytes());
            entry(out, "CON.txt", "2025年7月会议纪要".getBytes());
        }
        InboxFiling.Summary s = fileAll();
        assertThat(s.events()).filteredOn(e -> e instanceof InboxFiling.Event.Note)
                .anySatisfy(e -> assertThat(((InboxFiling.Event.Note) e).reason().in(Language.ZH))
                        .contains("会议记录:5月?.txt", "无效", "会议记录_5月_.txt"));
        assertThat(s.events()).filteredOn(e -> e instanceof InboxFiling.Event.Filed).extracting(InboxFiling.Event::id)
                .contains("收件箱/会议/会议记录_5月_.txt", "收件箱/会议/_CON.txt");
        assertThat(f.inboxFiles()).isEmpty();
    }

    private static void entry(ZipArchiveOutputStream out, String name, byte[] bytes) throws IOException {
        out.putArchiveEntry(new ZipArchiveEntry(name));
        out.write(bytes);
        out.closeArchiveEntry();
    }

}
