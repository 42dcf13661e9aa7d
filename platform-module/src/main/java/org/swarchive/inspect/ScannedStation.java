package org.swarchive.inspect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.Period;
import org.swarchive.check.CheckResult;
import org.swarchive.check.StationCheck;
import org.swarchive.evidence.Framework;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.ScanItem;

/**
 * One scan of a station, kept for a command that needs both the check and the records behind it
 * (an inspection package, a window's grants): the repository is searched once, not twice.
 */
public final class ScannedStation {

    private final String describe;
    private final List<ScanItem> items;
    private final Map<String, ArchiveRecord> records;

    private ScannedStation(String describe, List<ScanItem> items) {
        this.describe = describe;
        this.items = List.copyOf(items);
        Map<String, ArchiveRecord> byId = new LinkedHashMap<>();
        for (ScanItem i : items) {
            if (i instanceof ScanItem.Filed f) {
                byId.put(f.record().id(), f.record());
            }
        }
        this.records = java.util.Collections.unmodifiableMap(byId);
    }

    public static ScannedStation of(ArchiveStore store) {
        List<ScanItem> items = new ArrayList<>();
        try (Stream<ScanItem> scan = store.scan()) {
            scan.forEach(items::add);
        }
        return new ScannedStation(store.describe(), items);
    }

    /** Every filed record by id. */
    public Map<String, ArchiveRecord> records() {
        return records;
    }

    /** The station's check, from the same scan. */
    public CheckResult check(StationCheck check, Framework framework, Period period, LocalDate asOf) {
        return check.run(new ArchiveStore() {
            @Override
            public Stream<ScanItem> scan() {
                return items.stream();
            }

            @Override
            public String describe() {
                return describe;
            }
        }, framework, period, asOf);
    }
}
