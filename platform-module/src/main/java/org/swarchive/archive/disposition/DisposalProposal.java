package org.swarchive.archive.disposition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A batch of due records the archivist proposes to destroy (鉴定 done by {@code appraiser}).
 *
 * @param fonds    全宗号 of the records, or null when none of them has an archive code
 * @param schedule the schedule the records were appraised under
 */
public record DisposalProposal(String id, LocalDateTime createdAt, String appraiser, LocalDate asOf, String fonds,
                               String schedule, List<ProposedItem> items, String note) {

    public DisposalProposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(asOf, "asOf");
        if (appraiser == null || appraiser.isBlank()) {
            throw new IllegalArgumentException("a proposal needs the appraiser's name");
        }
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a proposal needs at least one record");
        }
        note = note == null ? "" : note;
    }

    public boolean hasFinanceRecords() {
        return items.stream().anyMatch(ProposedItem::finance);
    }

    /** The sign-offs this batch needs: the station head; for accounting archives all of docs/domain.md §6. */
    public Set<SignOffRole> requiredSignOffs() {
        return hasFinanceRecords() ? EnumSet.allOf(SignOffRole.class) : EnumSet.of(SignOffRole.STATION_HEAD);
    }

    /** The required sign-offs not yet given, in the order they are listed on the form. */
    public List<SignOffRole> missingSignOffs(List<Approval> approvals) {
        Set<SignOffRole> missing = EnumSet.noneOf(SignOffRole.class);
        missing.addAll(requiredSignOffs());
        approvals.forEach(a -> missing.remove(a.role()));
        return List.copyOf(missing);
    }

    public boolean contains(String recordId) {
        return items.stream().anyMatch(i -> i.recordId().equals(recordId));
    }
}
