package org.swarchive.store.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.archive.RecordProperty;
import org.swarchive.archive.SeriesNumbering;
import org.swarchive.filing.FiledCodes;
import org.swarchive.store.ScanItem;

/**
 * The codes a station folder holds: one scan of its metadata, the first time a number is drawn,
 * kept for the life of this object (one run: the counters cover what filings add meanwhile), and
 * the counters of {@code .swa/series.xml}, where versions before the notes kept them.
 */
public final class FolderCodes implements FiledCodes {

    /** The counters file of earlier versions: read as numbers taken, never written. */
    static final String LEGACY_COUNTERS = "series.xml";

    private final FolderStore store;
    private Map<String, Integer> highest;
    private Set<String> fonds;

    public FolderCodes(FolderStore store) {
        this.store = store;
    }

    @Override
    public synchronized int highest(ArchiveSeries series) {
        scan();
        return highest.getOrDefault(series.key(), 0);
    }

    @Override
    public synchronized Set<String> fondsInUse() {
        scan();
        return Set.copyOf(fonds);
    }

    private void scan() {
        if (highest != null) {
            return;
        }
        List<ArchiveCode> found;
        try (Stream<ScanItem> items = store.scan()) {
            found = codes(items).toList();
        }
        highest = new HashMap<>(legacyCounters(store.root()));
        SeriesNumbering.highestBySeries(found.stream()).forEach((k, v) -> highest.merge(k, v, Math::max));
        fonds = found.stream().map(ArchiveCode::fonds).collect(Collectors.toSet());
    }

    /** The archive codes of the filed records of a scan. */
    static Stream<ArchiveCode> codes(Stream<ScanItem> items) {
        return items.filter(i -> i instanceof ScanItem.Filed).map(i -> (ScanItem.Filed) i)
                .map(f -> f.record().property(RecordProperty.ARCHIVE_CODE.key()).flatMap(ArchiveCode::parse))
                .flatMap(Optional::stream);
    }

    private static Map<String, Integer> legacyCounters(Path root) {
        Path file = root.resolve(FolderState.FOLDER).resolve(LEGACY_COUNTERS);
        Map<String, Integer> counters = new HashMap<>();
        if (Files.exists(file)) {
            try {
                MetadataFile.read(file).forEach((k, v) -> {
                    if (v.strip().matches("\\d{1,4}")) {
                        counters.put(k, Integer.parseInt(v.strip()));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return counters;
    }
}
