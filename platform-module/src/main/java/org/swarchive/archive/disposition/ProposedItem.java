package org.swarchive.archive.disposition;

import java.time.LocalDate;
import java.util.Objects;
import org.swarchive.archive.Category;

/**
 * A record in a disposal proposal, with what the register will say about it: the proposal keeps
 * this copy because the record itself is gone once destroyed.
 *
 * @param archiveCode   档号, or null when the record has none
 * @param retentionCode the retention that decided (应保管期限), e.g. {@code D10}
 * @param pages         页数, or null when unknown
 */
public record ProposedItem(String recordId, String title, int year, String archiveCode, String docType, String category,
                           String retentionCode, LocalDate dispositionDate, Integer pages, String note) {

    public ProposedItem {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(retentionCode, "retentionCode");
        Objects.requireNonNull(dispositionDate, "dispositionDate");
        note = note == null ? "" : note;
    }

    public boolean finance() {
        return Category.FINANCE.id().equals(category);
    }
}
