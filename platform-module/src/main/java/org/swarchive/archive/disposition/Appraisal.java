package org.swarchive.archive.disposition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.swarchive.archive.Category;

/** Every record of a station appraised on one date under one schedule. */
public record Appraisal(LocalDate asOf, String schedule, List<AppraisedRecord> records) {

    public Appraisal {
        records = List.copyOf(records);
    }

    public Optional<AppraisedRecord> find(String recordId) {
        return records.stream().filter(r -> r.id().equals(recordId)).findFirst();
    }

    public Map<DispositionStatus, Integer> counts() {
        Map<DispositionStatus, Integer> counts = new EnumMap<>(DispositionStatus.class);
        records.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return counts;
    }

    /**
     * The records whose retention has run out, whether they may go or not, grouped by series in
     * archive-code order: 门类, 年度, 保管期限.
     */
    public List<Series> due() {
        Map<String, List<AppraisedRecord>> groups = new LinkedHashMap<>();
        records.stream().filter(r -> r.expired(asOf) && r.record().category() != null && r.year().isPresent())
                .sorted(Comparator.comparing((AppraisedRecord r) -> r.record().category().ordinal())
                        .thenComparingInt(r -> r.year().getAsInt())
                        .thenComparing(r -> r.record().retention() == null ? "" : r.record().retention().code())
                        .thenComparing(r -> r.archiveCode().orElse("\uFFFF"))
                        .thenComparing(AppraisedRecord::id))
                .forEach(r -> groups.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r));
        List<Series> series = new ArrayList<>();
        groups.values().forEach(list -> {
            AppraisedRecord first = list.get(0);
            series.add(new Series(first.record().category(), first.year().getAsInt(), retentionCode(first), list));
        });
        return series;
    }

    /** The due records that may go now: nothing holds them and no proposal has them yet. */
    public List<AppraisedRecord> disposable() {
        return due().stream().flatMap(s -> s.records().stream()).filter(r -> r.status() == DispositionStatus.DUE).toList();
    }

    private static String key(AppraisedRecord r) {
        Category c = r.record().category();
        return c.ordinal() + "/" + r.year().getAsInt() + "/" + retentionCode(r);
    }

    /** The series' retention as the archive code writes it: the record's own, else the deciding term's. */
    private static String retentionCode(AppraisedRecord r) {
        if (r.record().retention() != null) {
            return r.record().retention().code();
        }
        return r.disposition() instanceof Disposition.On on ? on.term().retention().code() : "?";
    }
}
