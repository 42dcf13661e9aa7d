package org.swarchive.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.demo.DemoDocuments;

class TikaExtractorTest {

    private static final DemoDocuments.Content CONTENT = new DemoDocuments.Content("金牛区示范站2025年3月月度工作总结",
            List.of("所属期间：2025年3月", "员工编号：S01（王芳）", "本月开展小组活动4次。"), Optional.of("王芳"),
            Optional.of(LocalDate.of(2025, 4, 2)));

    @TempDir
    Path dir;

    private final TikaExtractor tika = new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, ZoneId.of("Asia/Shanghai"));
    private final DemoDocuments documents = new DemoDocuments();

    private Extraction read(DemoDocuments.Format format) throws Exception {
        Path file = dir.resolve("doc." + format.extension());
        documents.write(file, format, CONTENT);
        ExtractResult r = tika.extract(file, file.getFileName().toString());
        assertThat(r).isInstanceOf(ExtractResult.Read.class);
        return ((ExtractResult.Read) r).extraction();
    }

    @Test
    void should_read_chinese_text_title_author_and_date_when_the_file_is_docx() throws Exception {
        Extraction e = read(DemoDocuments.Format.DOCX);
        assertThat(e.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(e.heading()).startsWith("金牛区示范站2025年3月月度工作总结");
        assertThat(e.text()).contains("员工编号：S01（王芳）", "本月开展小组活动4次。");
        assertThat(e.title()).contains("金牛区示范站2025年3月月度工作总结");
        assertThat(e.author()).contains("王芳");
        assertThat(e.created()).contains(LocalDate.of(2025, 4, 2));
    }

    @Test
    void should_read_cells_and_properties_when_the_file_is_xlsx() throws Exception {
        Extraction e = read(DemoDocuments.Format.XLSX);
        assertThat(e.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(e.text()).contains("金牛区示范站2025年3月月度工作总结", "所属期间：", "2025年3月", "本月开展小组活动4次。");
        assertThat(e.author()).contains("王芳");
        assertThat(e.created()).contains(LocalDate.of(2025, 4, 2));
    }

    @Test
    void should_read_chinese_text_when_the_pdf_uses_the_standard_song_font() throws Exception {
        Extraction e = read(DemoDocuments.Format.PDF);
        assertThat(e.mediaType()).isEqualTo("application/pdf");
        assertThat(e.heading()).startsWith("金牛区示范站2025年3月月度工作总结");
        assertThat(e.text()).contains("员工编号：S01（王芳）");
        assertThat(e.title()).contains("金牛区示范站2025年3月月度工作总结");
        assertThat(e.author()).contains("王芳");
        assertThat(e.created()).contains(LocalDate.of(2025, 4, 2));
    }

    @Test
    void should_classify_all_three_formats_alike_when_they_say_the_same() throws Exception {
        Classifier classifier = new Classifier(new org.swarchive.library.CatalogueLoader().shipped());
        for (DemoDocuments.Format f : List.of(DemoDocuments.Format.DOCX, DemoDocuments.Format.XLSX, DemoDocuments.Format.PDF)) {
            Verdict v = classifier.classify(read(f));
            assertThat(v).as(f.name()).isInstanceOfSatisfying(Verdict.File.class, file -> {
                assertThat(file.decision().docType().id()).isEqualTo("monthly-summary");
                assertThat(file.decision().period().orElseThrow().label()).isEqualTo("2025-03");
            });
        }
    }

    @Test
    void should_return_an_empty_text_when_a_pdf_is_a_scan() throws Exception {
        Path scan = dir.resolve("扫描件001.pdf");
        documents.scannedPdf(scan, Optional.empty());
        ExtractResult r = tika.extract(scan, "扫描件001.pdf");
        assertThat(r).isInstanceOfSatisfying(ExtractResult.Read.class, read -> assertThat(read.extraction().hasText()).isFalse());
    }
}
