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
import org.swarchive.archive.LocalizedText;
import org.swarchive.filing.ContentHash;
import org.swarchive.filing.ReviewIds;
import org.swarchive.filing.ReviewItem;
import tools.jackson.databind.json.JsonMapper;
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
        // The journal is a note area since filing keeps its notes under .swa/filing (the old .swa/journal is read once, then gone).
        assertThat(Files.list(dir.resolve(".swa/filing/journal")).toList()).isEmpty();
        assertThat(dir.resolve(".swa/journal")).doesNotExist();
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

    @Test
    void should_read_the_notes_an_earlier_version_kept_in_swa_when_filing_again() throws Exception {
        FilingFixture f = new FilingFixture(dir);
        Path swa = Files.createDirectories(dir.resolve(".swa"));
        // The counters file: seven numbers used.
        MetadataFile.write(swa.resolve("series.xml"), Map.of("JN01-WS-2025-D10", "7"));
        // A filing a killed run left in the old journal, number 8.
        f.monthly("一月.docx", 2025, 1, DemoDocuments.Format.DOCX);
        Map<String, String> entry = new java.util.LinkedHashMap<>();
        entry.put("source", "收件箱/一月.docx");
        entry.put("target", "文书档案/2025/定期10年/2025-01-月度工作总结.docx");
        entry.put("series", "JN01-WS-2025-D10");
        entry.put("item", "8");
        entry.put("hash", "0".repeat(64));
        entry.put("meta.type", "swa:documentRecord");
        entry.put("meta.aspects", "swa:retention");
        entry.put("meta.swa:docType", "monthly-summary");
        entry.put("meta.swa:period", "2025-01");
        entry.put("meta.swa:retention", "D10");
        entry.put("meta.swa:archiveCode", "JN01-WS·2025-D10-0008");
        MetadataFile.write(Files.createDirectories(swa.resolve("journal")).resolve("5f0c.xml"), entry);
        // The log of filed contents: this content was filed as number 5 (its record since moved away).
        Path february = f.monthly("二月.docx", 2025, 2, DemoDocuments.Format.DOCX);
        try (var in = Files.newInputStream(february)) {
            Files.writeString(swa.resolve("filed.tsv"), ContentHash.of(in) + "\tJN01-WS·2025-D10-0005\t文书档案/2025/定期10年/旧.docx\n");
        }
        // The review queue.
        String queued = ReviewIds.of("收件箱/扫描件.pdf");
        Files.writeString(f.inbox.resolve("扫描件.pdf"), "不是 PDF");
        Files.writeString(Files.createDirectories(swa.resolve("review")).resolve(queued + ".json"), new JsonMapper().writeValueAsString(
                new ReviewItem(queued, "收件箱/扫描件.pdf", "2026-02-01T09:00", List.of(LocalizedText.of("无法读取", "unreadable")),
                        List.of(), Map.of())));
        f.monthly("三月.docx", 2025, 3, DemoDocuments.Format.DOCX);

        InboxFiling.Summary s = f.run().run(e -> { });

        assertThat(f.codes().get(WS_2025_D10)).as("the journal's 8, then one past it").containsExactly(8, 9);
        assertThat(dir.resolve("文书档案/2025/定期10年/2025-01-月度工作总结.docx")).exists();
        assertThat(s.events()).filteredOn(e -> e instanceof InboxFiling.Event.Skipped).singleElement()
                .satisfies(e -> assertThat(((InboxFiling.Event.Skipped) e).reason().in(org.swarchive.i18n.Language.ZH)).contains("JN01-WS·2025-D10-0005"));
        assertThat(f.filer(MAX).reviewQueue()).extracting(ReviewItem::id).containsExactly(queued);
        assertThat(new FolderState(dir).read("filing/series", "JN01-WS-2025-D10")).contains("9");
        assertThat(List.of("journal/5f0c.xml", "filed.tsv", "review/" + queued + ".json")).allSatisfy(old ->
                assertThat(swa.resolve(old)).as("moved into .swa/filing").doesNotExist());
    }
}
