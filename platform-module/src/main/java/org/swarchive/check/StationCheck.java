package org.swarchive.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.swarchive.archive.Period;
import org.swarchive.evidence.EvidenceIndex;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.ScanItem;

/** Checks one station: streams its store into an evidence index and runs the readiness engine. */
public final class StationCheck {

    private final ReadinessEngine engine;

    public StationCheck(ReadinessEngine engine) {
        this.engine = engine;
    }

    public CheckResult run(ArchiveStore store, Framework framework, Period period, LocalDate asOf) {
        EvidenceIndex.Builder index = EvidenceIndex.builder();
        List<String> unclassified = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        int[] records = {0};
        try (Stream<ScanItem> items = store.scan()) {
            items.forEach(item -> {
                // Java 17 has no pattern switch; the sealed interface keeps this list complete.
                if (item instanceof ScanItem.Filed f) {
                    records[0]++;
                    index.add(f.record());
                    f.problems().forEach(p -> warnings.add(new Warning(f.metadataFile(), p.field(), p.value(), p.reason())));
                } else if (item instanceof ScanItem.Unclassified u) {
                    unclassified.add(u.id());
                } else if (item instanceof ScanItem.Unreadable u) {
                    warnings.add(new Warning(u.file(), null, null, u.reason()));
                }
            });
        }
        unclassified.sort(null);
        warnings.sort((a, b) -> a.file().compareTo(b.file()));
        return new CheckResult(store.describe(), records[0], engine.assess(framework, index.build(), period, asOf),
                unclassified, warnings);
    }
}
