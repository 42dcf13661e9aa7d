package org.swarchive.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.swarchive.archive.ArchiveRecord;

/**
 * The records that can count as evidence, by doc type, and the records explicitly linked to
 * each indicator ({@code swa:indicators}). Built in one pass over a store scan.
 */
public final class EvidenceIndex {

    private final Map<String, List<ArchiveRecord>> byDocType;
    private final Map<String, List<ArchiveRecord>> byIndicator;
    private final int size;

    private EvidenceIndex(Map<String, List<ArchiveRecord>> byDocType, Map<String, List<ArchiveRecord>> byIndicator, int size) {
        this.byDocType = byDocType;
        this.byIndicator = byIndicator;
        this.size = size;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static EvidenceIndex of(Iterable<ArchiveRecord> records) {
        Builder b = builder();
        records.forEach(b::add);
        return b.build();
    }

    public List<ArchiveRecord> ofType(String docType) {
        return byDocType.getOrDefault(docType, List.of());
    }

    public List<ArchiveRecord> linkedTo(String indicatorCode) {
        return byIndicator.getOrDefault(indicatorCode, List.of());
    }

    /** How many records the index holds. */
    public int size() {
        return size;
    }

    /** Collects records one at a time; not thread-safe, build once. */
    public static final class Builder {
        private final Map<String, List<ArchiveRecord>> byDocType = new HashMap<>();
        private final Map<String, List<ArchiveRecord>> byIndicator = new HashMap<>();
        private int size;

        public Builder add(ArchiveRecord record) {
            if (record.docType() != null) {
                byDocType.computeIfAbsent(record.docType(), k -> new ArrayList<>()).add(record);
            }
            for (String code : record.indicators()) {
                byIndicator.computeIfAbsent(code, k -> new ArrayList<>()).add(record);
            }
            size++;
            return this;
        }

        public EvidenceIndex build() {
            Map<String, List<ArchiveRecord>> types = new HashMap<>();
            byDocType.forEach((k, v) -> types.put(k, List.copyOf(v)));
            Map<String, List<ArchiveRecord>> links = new HashMap<>();
            byIndicator.forEach((k, v) -> links.put(k, List.copyOf(v)));
            return new EvidenceIndex(types, links, size);
        }
    }
}
