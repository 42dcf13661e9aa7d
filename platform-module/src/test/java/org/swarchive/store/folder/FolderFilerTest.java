package org.swarchive.store.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.classify.FilingFixture;
import org.swarchive.classify.InboxFiling;
import org.swarchive.classify.TikaExtractor;
import org.swarchive.demo.DemoDocuments;
import org.swarchive.i18n.Language;

class FolderFilerTest {

    private static final long MAX = TikaExtractor.DEFAULT_MAX_BYTES;
    private static final ArchiveSeries WS_2025_D10 = new ArchiveSeries("JN01", "WS", 2025, "D10");

    @TempDir
    Path dir;

    @Test
    void should_number_each_series_from_one_without_gaps_when_filing_a_fresh_station() throws Exception {
        FilingFixture f = new FilingFixture(dir);
        for (int m = 1; m <= 5; m++) {
            f.monthly("总结" + m + ".docx", 2025, m, DemoDocuments.Format.DOCX);
        }
        InboxFiling.Summary s = f.run().run(e -> { });
        assertThat(s.filed()).isEqualTo(5);
        assertThat(f.codes()).containsExactly(Map.entry(WS_2025_D10, List.of(1, 2, 3, 4, 5)));
        assertThat(f.inboxFiles()).isEmpty();
        assertThat(dir.resolve("文书档案/2025/定期10年/2025-03-月度工作总结.docx")).exists();
        assertThat(dir.resolve("文书档案/2025/定期10年/2025-03-月度工作总结.docx.metadata.properties.xml")).exists();
    }

    @Test
    void should_continue_after_the_highest_code_in_use_when_the_station_already_has_records() throws Exception {
        FilingFixture f = new FilingFixture(dir);
        Path folder = Files.createDirectories(dir.resolve("文书档案/2025/定期10年"));
        Files.writeString(folder.resolve("旧.txt"), "x");
        MetadataFile.write(MetadataFile.of(folder.resolve("旧.txt")), Map.of("swa:docType", "work-log", "swa:period", "2025-01",
                "swa:archiveCode", "JN01-WS·2025-D10-0041"));
        f.monthly("总结.docx", 2025, 2, DemoDocuments.Format.DOCX);
        f.run().run(e -> { });
        assertThat(f.codes().get(WS_2025_D10)).containsExactly(41, 42);
    }

    @Test
    void should_file_nothing_twice_when_run_again() throws Exception {
        FilingFixture f = new FilingFixture(dir);
        f.monthly("a.docx", 2025, 1, DemoDocuments.Format.DOCX);
        f.monthly("b.pdf", 2025, 2, DemoDocuments.Format.PDF);
        f.run().run(e -> { });
        List<String> after = f.allFiles();
        InboxFiling.Summary again = f.run().run(e -> { });
        assertThat(again.filed()).isZero();
        assertThat(again.events()).isEmpty();
        assertThat(f.allFiles()).isEqualTo(after);
        assertThat(f.codes().get(WS_2025_D10)).containsExactly(1, 2);
    }

    @Test
    void should_not_file_a_copy_when_the_same_content_comes_in_again() throws Exception {
        FilingFixture f = new FilingFixture(dir);
        Path first = f.monthly("三月总结.docx", 2025, 3, DemoDocuments.Format.DOCX);
        byte[] bytes = Files.readAllBytes(first);
        f.run().run(e -> { });
        Files.write(f.inbox.resolve("三月总结(1).docx"), bytes);
        InboxFiling.Summary s = f.run().run(e -> { });
        assertThat(s.filed()).isZero();
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(s.events()).singleElement().isInstanceOfSatisfying(InboxFiling.Event.Skipped.class,
                e -> assertThat(e.reason().in(Language.ZH)).contains("JN01-WS·2025-D10-0001"));
        assertThat(f.inboxFiles()).containsExactly("三月总结(1).docx");
        assertThat(f.codes().get(WS_2025_D10)).containsExactly(1);
    }

    @Test
    void should_give_unique_sequential_codes_when_two_runs_file_the_same_station_at_once() throws Exception {
        FilingFixture f = new FilingFixture(dir);
        int n = 24;
        for (int i = 0; i < n; i++) {
            // Twelve months over two years: two series, twelve each.
            f.monthly("doc" + i + ".docx", 2024 + i % 2, 1 + i / 2, DemoDocuments.Format.DOCX);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<InboxFiling.Summary>> runs = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            // Each run has its own filer, as two swa processes would.
            runs.add(pool.submit(() -> {
                start.await();
                return f.run(f.filer(MAX), MAX).run(e -> { });
            }));
        }
        start.countDown();
        int filed = 0;
        int skipped = 0;
        for (Future<InboxFiling.Summary> run : runs) {
            filed += run.get().filed();
            skipped += run.get().skipped();
        }
        pool.shutdown();
        assertThat(filed).isEqualTo(n);
        // A run skips what the other filed after it listed the inbox; never more than everything.
        assertThat(skipped).isBetween(0, n);
        assertThat(f.codes()).hasSize(2).allSatisfy((series, items) ->
                assertThat(items).containsExactlyElementsOf(IntStream.rangeClosed(1, 12).boxed().toList()));
        assertThat(f.inboxFiles()).isEmpty();
    }

    @ParameterizedTest(name = "killed after {0}")
    @ValueSource(strings = {"journal", "metadata", "moved", "counted"})
    void should_finish_a_filing_on_the_next_run_when_a_run_was_killed_midway(String step) throws Exception {
        FilingFixture f = new FilingFixture(dir);
        f.monthly("一月.docx", 2025, 1, DemoDocuments.Format.DOCX);
        f.monthly("二月.docx", 2025, 2, DemoDocuments.Format.DOCX);
        FolderFiler dying = new FolderFiler(f.store(), FolderFiler.DEFAULT_INBOX, MAX, s -> {
            if (s.equals(step)) {
                throw new IllegalStateException("killed after " + step);
            }
        });
        assertThatThrownBy(() -> f.run(dying, MAX).run(e -> { })).hasMessageContaining("killed");

        InboxFiling.Summary resumed = f.run().run(e -> { });

        assertThat(f.codes().get(WS_2025_D10)).containsExactly(1, 2);
        assertThat(f.inboxFiles()).isEmpty();
        assertThat(Files.list(dir.resolve(".swa/journal")).toList()).isEmpty();
        assertThat(f.allFiles()).filteredOn(p -> p.startsWith("文书档案"))
                .containsExactlyInAnyOrder("文书档案/2025/定期10年/2025-01-月度工作总结.docx",
                        "文书档案/2025/定期10年/2025-01-月度工作总结.docx.metadata.properties.xml",
                        "文书档案/2025/定期10年/2025-02-月度工作总结.docx",
                        "文书档案/2025/定期10年/2025-02-月度工作总结.docx.metadata.properties.xml");
        assertThat(resumed.filed()).isEqualTo(1);
    }

    @Test
    void should_not_burn_a_number_when_the_document_vanished_before_the_killed_run_moved_it() throws Exception {
        FilingFixture f = new FilingFixture(dir);
        Path doc = f.monthly("一月.docx", 2025, 1, DemoDocuments.Format.DOCX);
        FolderFiler dying = new FolderFiler(f.store(), FolderFiler.DEFAULT_INBOX, MAX, s -> {
            if (s.equals("metadata")) {
                throw new IllegalStateException("killed");
            }
        });
        assertThatThrownBy(() -> f.run(dying, MAX).run(e -> { })).isInstanceOf(IllegalStateException.class);
        Files.delete(doc);
        f.monthly("二月.docx", 2025, 2, DemoDocuments.Format.DOCX);
        f.run().run(e -> { });
        assertThat(f.codes().get(WS_2025_D10)).containsExactly(1);
        assertThat(dir.resolve("文书档案/2025/定期10年/2025-01-月度工作总结.docx.metadata.properties.xml")).doesNotExist();
    }
}
