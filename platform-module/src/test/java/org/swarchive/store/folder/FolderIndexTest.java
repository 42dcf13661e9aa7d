package org.swarchive.store.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.DemoStations;
import org.swarchive.archive.RecordReader;
import org.swarchive.check.CheckResult;
import org.swarchive.store.ScanItem;
import org.swarchive.store.Station;

/**
 * The folder store's index is a cache: a check reads exactly alike with it (cold and warm) and
 * without it, after files change, and when the index is damaged.
 */
class FolderIndexTest {

    private static final DemoStations DEMO = new DemoStations();

    @TempDir
    static Path shared;
    private static Path demo;

    @TempDir
    Path work;

    @BeforeAll
    static void makeDemo() {
        demo = DEMO.make(shared.resolve("demo"));
    }

    private static Station indexed(Path dir) {
        Station plain = DEMO.station(dir, "demo");
        return new Station(plain.id(), FolderStore.indexed(dir, new RecordReader(DEMO.catalogue)), plain.files(), plain.state());
    }

    private static List<ScanItem> scan(FolderStore store) {
        try (Stream<ScanItem> items = store.scan()) {
            return items.toList();
        }
    }

    private static String readiness(Station station) {
        CheckResult r = DEMO.check(station, DemoStations.AS_OF);
        return r.toString();
    }

    @Test
    void should_give_the_same_readiness_with_and_without_the_index_when_cold_and_warm() throws IOException {
        Path dir = DemoStations.copy(demo, work.resolve("s"));
        new FolderIndex(dir, entries -> null).delete();
        String without = readiness(DEMO.station(dir, "demo"));

        String cold = readiness(indexed(dir));
        assertThat(dir.resolve(".swa/index")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("segments"));
        String warm = readiness(indexed(dir));

        assertThat(cold).isEqualTo(without);
        assertThat(warm).isEqualTo(without);
        assertThat(without).contains("records=");
    }

    @Test
    void should_scan_the_same_items_in_the_same_order_when_files_change_between_scans() throws IOException {
        Path dir = DemoStations.copy(demo, work.resolve("s"));
        FolderStore store = FolderStore.indexed(dir, new RecordReader(DEMO.catalogue));
        FolderStore plain = new FolderStore(dir, new RecordReader(DEMO.catalogue));
        scan(store);
        List<Path> metadata;
        try (Stream<Path> all = Files.walk(dir)) {
            metadata = all.filter(p -> p.toString().endsWith(MetadataFile.SUFFIX) && !p.toString().contains("/.swa/")).sorted().toList();
        }
        // changed: one period rewritten (and a second later, as an editor would), one made unreadable
        Path changed = metadata.get(0);
        Map<String, String> entries = new java.util.LinkedHashMap<>(MetadataFile.read(changed));
        entries.put("swa:period", "not-a-period");
        MetadataFile.write(changed, entries);
        Files.setLastModifiedTime(changed, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 2_000));
        Files.writeString(metadata.get(1), "<not xml");
        // deleted: a document and its metadata; an orphan: a document gone, its metadata left
        Files.delete(MetadataFile.documentOf(metadata.get(2)));
        Files.delete(metadata.get(2));
        Files.delete(MetadataFile.documentOf(metadata.get(3)));
        // added
        DemoStations.file(dir, "新增/补交.txt", Map.of("type", "swa:record", "swa:docType", "staff-profile", "swa:period", "2025"));

        List<ScanItem> expected = scan(plain);
        assertThat(scan(store)).isEqualTo(expected);
        assertThat(scan(store)).isEqualTo(expected);
        assertThat(expected.toString()).contains("not-a-period").contains("补交.txt");
    }

    @Test
    void should_rebuild_the_index_when_it_is_corrupt_or_of_another_format() throws IOException {
        Path dir = DemoStations.copy(demo, work.resolve("s"));
        FolderStore store = FolderStore.indexed(dir, new RecordReader(DEMO.catalogue));
        List<ScanItem> expected = scan(new FolderStore(dir, new RecordReader(DEMO.catalogue)));
        scan(store);
        try (Stream<Path> files = Files.list(dir.resolve(".swa/index"))) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        assertThat(scan(store)).isEqualTo(expected);
        assertThat(scan(store)).isEqualTo(expected);

        new FolderIndex(dir, entries -> null).delete();
        Files.createDirectories(dir.resolve(".swa/index"));
        Files.writeString(dir.resolve(".swa/index/segments_1"), "from another program");
        assertThat(scan(store)).isEqualTo(expected);
    }
}
