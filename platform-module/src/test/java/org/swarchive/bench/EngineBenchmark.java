package org.swarchive.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordReader;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.EvidenceIndex;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import org.swarchive.store.ScanItem;
import org.swarchive.store.folder.FolderStore;

/**
 * The readiness engine alone, on stations already generated: records are loaded into memory
 * first, so only indexing and assessment are timed. Prints one markdown row per station.
 * Run by {@code bench/benchmark.sh} through the {@code bench} Maven profile.
 */
public final class EngineBenchmark {

    private EngineBenchmark() {
    }

    public static void main(String[] args) {
        DocTypeCatalogue catalogue = new CatalogueLoader().shipped();
        Framework fw = new FrameworkLibrary(new FrameworkLoader(catalogue)).resolve("station-star");
        ReadinessEngine engine = new ReadinessEngine();
        System.out.println("| records | slots | engine median (ms) | µs per (record + slot) |");
        System.out.println("|---:|---:|---:|---:|");
        for (String dir : Arrays.stream(args).flatMap(a -> Arrays.stream(a.split(","))).filter(s -> !s.isBlank()).toList()) {
            List<ArchiveRecord> records = new ArrayList<>();
            try (Stream<ScanItem> items = new FolderStore(Path.of(dir), new RecordReader(catalogue)).scan()) {
                items.forEach(i -> {
                    if (i instanceof ScanItem.Filed f) {
                        records.add(f.record());
                    }
                });
            }
            long[] nanos = new long[11];
            long slots = 0;
            for (int run = -10; run < nanos.length; run++) {
                long t0 = System.nanoTime();
                Assessment a = engine.assess(fw, EvidenceIndex.of(records), Period.year(2025), LocalDate.of(2026, 3, 31));
                long t = System.nanoTime() - t0;
                slots = a.allIndicators().flatMap(r -> r.requirements().stream()).mapToLong(q -> q.slots().size()).sum();
                if (run >= 0) {
                    nanos[run] = t;
                }
            }
            Arrays.sort(nanos);
            double ms = nanos[nanos.length / 2] / 1e6;
            System.out.printf("| %d | %d | %.1f | %.2f |%n", records.size(), slots, ms, ms * 1000 / (records.size() + slots));
        }
    }
}
