package org.swarchive.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.swarchive.i18n.Language;

/** Scans read by Tesseract through Tika (issue 15), on real page images drawn with a CJK font. */
class ScanReadingTest {

    private static final List<String> SIGN_IN = List.of("社区居民签到表 2025年第二季度", "活动名称：邻里守望茶话会",
            "活动日期：2025年5月12日", "地点：幸福社区活动室", "序号 姓名 签名", "1 张小明", "2 李大红");

    @TempDir
    Path dir;

    private final TikaExtractor tika = new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, FilingFixture.CLOCK.getZone());
    private final Classifier classifier = new Classifier(FilingFixture.CATALOGUE);

    @ParameterizedTest
    @EnumSource(Scans.Format.class)
    void should_read_the_text_of_a_scan_by_ocr_when_tesseract_is_installed(Scans.Format format) {
        Scans.assumeTesseract(tika);
        Path file = dir.resolve("IMG_20250512." + format.extension());
        Scans.write(file, format, SIGN_IN);

        ExtractResult r = tika.extract(file, file.getFileName().toString());

        assertThat(r).isInstanceOf(ExtractResult.Read.class);
        Extraction doc = ((ExtractResult.Read) r).extraction();
        assertThat(doc.reading()).isEqualTo(Extraction.Reading.OCR);
        assertThat(doc.text().replace(" ", "")).contains("签到表", "2025年5月12日");
        Verdict v = classifier.classify(doc);
        assertThat(v).isInstanceOf(Verdict.File.class);
        FilingDecision d = ((Verdict.File) v).decision();
        assertThat(d.docType().id()).isEqualTo("sign-in-sheet");
        assertThat(d.period().orElseThrow().label()).isEqualTo("2025-Q2");
        assertThat(d.confidence()).isLessThanOrEqualTo(Classifier.OCR_CEILING);
    }

    @Test
    void should_review_a_scan_whose_period_only_the_body_gives_when_read_by_ocr() {
        Scans.assumeTesseract(tika);
        Path file = dir.resolve("扫描件 (3).png");
        Scans.write(file, Scans.Format.PNG, List.of("社区活动记录", "本季度开展活动若干", "居民参与踊跃", "反响良好",
                "时间：2025年第二季度"));

        Verdict v = classifier.classify(((ExtractResult.Read) tika.extract(file, file.getFileName().toString())).extraction());

        assertThat(v).isInstanceOf(Verdict.Review.class);
    }

    @Test
    void should_queue_a_scan_saying_to_install_tesseract_when_it_is_absent() throws IOException {
        FilingFixture f = new FilingFixture(dir.resolve("station"));
        Scans.write(f.inbox.resolve("签到表照片.jpg"), Scans.Format.JPG, SIGN_IN);
        Scans.write(f.inbox.resolve("合同扫描.pdf"), Scans.Format.PDF, List.of("劳动合同", "员工编号：S01"));
        TikaExtractor without = new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, FilingFixture.CLOCK.getZone(),
                dir.resolve("no-tesseract-here").toString());
        InboxFiling run = new InboxFiling(f.filer(TikaExtractor.DEFAULT_MAX_BYTES), without, classifier, FilingFixture.CATALOGUE,
                "JN01", FilingFixture.CLOCK);

        InboxFiling.Summary s = run.run(e -> { });

        assertThat(without.readsScans()).isFalse();
        assertThat(s.failed()).isZero();
        assertThat(s.queued()).isEqualTo(2);
        assertThat(s.events()).allSatisfy(e -> {
            assertThat(e).isInstanceOf(InboxFiling.Event.Queued.class);
            InboxFiling.Event.Queued q = (InboxFiling.Event.Queued) e;
            assertThat(q.review().reasons()).extracting(t -> t.in(Language.EN))
                    .contains("scan: install tesseract-ocr (with tesseract-ocr-chi-sim) to read it");
            assertThat(q.review().reasons()).extracting(t -> t.in(Language.ZH)).anyMatch(t -> t.contains("tesseract-ocr"));
        });
        assertThat(Files.list(f.inbox).map(p -> p.getFileName().toString())).contains("签到表照片.jpg", "合同扫描.pdf");
    }

    @Test
    void should_keep_the_ocr_text_on_the_filed_record_when_a_scan_is_filed() throws IOException {
        Scans.assumeTesseract(tika);
        FilingFixture f = new FilingFixture(dir.resolve("station"));
        Scans.write(f.inbox.resolve("IMG_0001.png"), Scans.Format.PNG, SIGN_IN);

        InboxFiling.Summary s = f.run().run(e -> { });

        assertThat(s.filed()).isEqualTo(1);
        try (Stream<Path> all = Files.walk(f.root)) {
            Path meta = all.filter(p -> p.getFileName().toString().endsWith(".metadata.properties.xml")
                    && !p.startsWith(f.root.resolve(".swa"))).findFirst().orElseThrow();
            assertThat(Files.readString(meta)).contains("swa:docType\">sign-in-sheet").contains("OCR:").contains("邻里守望");
        }
    }
}
