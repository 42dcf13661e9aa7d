package org.swarchive.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.RecordReader;
import org.swarchive.demo.DemoDocuments;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.filing.ArchiveFiler;
import org.swarchive.store.ScanItem;
import org.swarchive.store.folder.FolderFiler;
import org.swarchive.store.folder.FolderStore;

/** A station folder with an inbox, documents to drop in it, and the parts of a filing run. */
public final class FilingFixture {

    public static final DocTypeCatalogue CATALOGUE = new CatalogueLoader().shipped();
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    public final Path root;
    public final Path inbox;
    public final DemoDocuments documents = new DemoDocuments();

    public FilingFixture(Path root) throws IOException {
        this.root = root;
        this.inbox = root.resolve(FolderFiler.DEFAULT_INBOX);
        Files.createDirectories(inbox);
    }

    public FolderStore store() {
        return new FolderStore(root, new RecordReader(CATALOGUE));
    }

    public FolderFiler filer(long maxBytes) {
        return new FolderFiler(store(), FolderFiler.DEFAULT_INBOX, maxBytes);
    }

    public InboxFiling run(ArchiveFiler filer, long maxBytes) {
        return new InboxFiling(filer, new TikaExtractor(maxBytes, CLOCK.getZone()), new Classifier(CATALOGUE), CATALOGUE,
                "JN01", CLOCK);
    }

    public InboxFiling run() {
        return run(filer(TikaExtractor.DEFAULT_MAX_BYTES), TikaExtractor.DEFAULT_MAX_BYTES);
    }

    /** A monthly report for {@code month} that the rules file with confidence. */
    public Path monthly(String name, int year, int month, DemoDocuments.Format format) throws IOException {
        Path file = inbox.resolve(name);
        documents.write(file, format, new DemoDocuments.Content("示范站" + year + "年" + month + "月月度工作总结",
                List.of("所属期间：" + year + "年" + month + "月", "本月工作情况良好。", "序号 " + name), Optional.of("王芳"),
                Optional.of(LocalDate.of(year, month, 28))));
        return file;
    }

    /** Every filed record's archive code, by series. */
    public Map<ArchiveSeries, List<Integer>> codes() {
        Map<ArchiveSeries, List<Integer>> bySeries = new TreeMap<>(java.util.Comparator.comparing(ArchiveSeries::key));
        try (Stream<ScanItem> items = store().scan()) {
            items.filter(i -> i instanceof ScanItem.Filed).map(i -> ((ScanItem.Filed) i).record())
                    .forEach(r -> r.property("swa:archiveCode").flatMap(ArchiveCode::parse).ifPresent(c ->
                            bySeries.computeIfAbsent(ArchiveSeries.of(c), k -> new ArrayList<>()).add(c.item())));
        }
        bySeries.values().forEach(l -> l.sort(null));
        return bySeries;
    }

    /** Every regular file under the station, relative, hidden state included. */
    public List<String> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    public List<String> inboxFiles() throws IOException {
        try (Stream<Path> files = Files.walk(inbox)) {
            return files.filter(Files::isRegularFile).map(p -> inbox.relativize(p).toString()).sorted().toList();
        }
    }

    public static Optional<String> none() {
        return Optional.empty();
    }
}
