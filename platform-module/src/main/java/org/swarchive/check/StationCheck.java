package org.swarchive.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordProperty;
import org.swarchive.evidence.EvidenceIndex;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.i18n.Message;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.ScanItem;

/** Checks one station: streams its store into an evidence index and runs the readiness engine. */
public final class StationCheck {

    private final ReadinessEngine engine;

    public StationCheck(ReadinessEngine engine) {
        this.engine = engine;
    }

    /**
     * A record whose 档号 an earlier record of the scan has already (docs/domain.md §5: no two
     * records may ever share a code): a metadata problem naming both.
     */
    private static Optional<Warning> duplicateCode(ScanItem.Filed f, Map<String, String> seen) {
        Optional<String> code = f.record().property(RecordProperty.ARCHIVE_CODE.key()).map(String::strip).filter(c -> !c.isEmpty());
        if (code.isEmpty()) {
            return Optional.empty();
        }
        String first = seen.putIfAbsent(code.get(), f.record().id());
        if (first == null) {
            return Optional.empty();
        }
        Message why = Message.of("check.archive-code.duplicate", code.get(), first, f.record().id());
        return Optional.of(new Warning(f.metadataFile(), RecordProperty.ARCHIVE_CODE.key(), code.get(),
                LocalizedText.from(why)));
    }

    public CheckResult run(ArchiveStore store, Framework framework, Period period, LocalDate asOf) {
        EvidenceIndex.Builder index = EvidenceIndex.builder();
        List<String> unclassified = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        int[] records = {0};
        Map<String, String> codes = new HashMap<>();
        try (Stream<ScanItem> items = store.scan()) {
            items.forEach(item -> {
                // Java 17 has no pattern switch; the sealed interface keeps this list complete.
                if (item instanceof ScanItem.Filed f) {
                    records[0]++;
                    index.add(f.record());
                    f.problems().forEach(p -> warnings.add(new Warning(f.metadataFile(), p.field(), p.value(), p.reason())));
                    duplicateCode(f, codes).ifPresent(warnings::add);
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
