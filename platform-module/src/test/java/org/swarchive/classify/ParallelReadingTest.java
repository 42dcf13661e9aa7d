package org.swarchive.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.demo.DemoDocuments;

/** Documents read on several threads are filed one at a time, in inbox order, none lost (issue 15). */
class ParallelReadingTest {

    @TempDir
    Path dir;

    @Test
    void should_report_every_document_in_inbox_order_when_read_on_several_threads() throws IOException {
        FilingFixture f = new FilingFixture(dir.resolve("station"));
        for (int m = 1; m <= 9; m++) {
            f.monthly(String.format("月报%02d.docx", m), 2025, m, DemoDocuments.Format.DOCX);
        }
        Set<String> threads = ConcurrentHashMap.newKeySet();
        TikaExtractor tika = new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, FilingFixture.CLOCK.getZone());
        DocumentExtractor slowFirst = (file, name) -> {
            threads.add(Thread.currentThread().getName());
            if (name.equals("月报01.docx")) {
                sleep(300); // the first finishes last: its event must still come first
            }
            return tika.extract(file, name);
        };

        InboxFiling.Summary s = new InboxFiling(f.filer(TikaExtractor.DEFAULT_MAX_BYTES), slowFirst,
                new Classifier(FilingFixture.CATALOGUE), FilingFixture.CATALOGUE, "JN01", FilingFixture.CLOCK, 3).run(e -> { });

        assertThat(s.filed()).isEqualTo(9);
        assertThat(s.events()).extracting(e -> e.id().substring(e.id().indexOf('/') + 1))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 9).mapToObj(m -> String.format("月报%02d.docx", m)).toList());
        assertThat(threads).hasSizeGreaterThan(1).allMatch(t -> t.startsWith("swa-read-"));
        assertThat(f.codes().values().iterator().next()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void should_queue_a_document_whose_reader_threw_and_file_the_rest_when_read_in_parallel() throws IOException {
        FilingFixture f = new FilingFixture(dir.resolve("station"));
        f.monthly("月报01.docx", 2025, 1, DemoDocuments.Format.DOCX);
        f.monthly("月报02.docx", 2025, 2, DemoDocuments.Format.DOCX);
        f.monthly("月报03.docx", 2025, 3, DemoDocuments.Format.DOCX);
        TikaExtractor tika = new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, FilingFixture.CLOCK.getZone());
        DocumentExtractor breaksOnOne = (file, name) -> {
            if (name.equals("月报02.docx")) {
                throw new IllegalStateException("reader broke");
            }
            return tika.extract(file, name);
        };

        InboxFiling.Summary s = new InboxFiling(f.filer(TikaExtractor.DEFAULT_MAX_BYTES), breaksOnOne,
                new Classifier(FilingFixture.CATALOGUE), FilingFixture.CATALOGUE, "JN01", FilingFixture.CLOCK, 2).run(e -> { });

        assertThat(s.filed()).isEqualTo(2);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.events()).filteredOn(e -> e instanceof InboxFiling.Event.Failed)
                .extracting(e -> e.id().substring(e.id().indexOf('/') + 1)).containsExactly("月报02.docx");
        assertThat(Files.exists(f.inbox.resolve("月报02.docx"))).isTrue();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
