package org.swarchive.archive.disposition;

import java.util.List;
import org.swarchive.archive.Category;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.Retention;

/**
 * The records of one series of the archive code (门类·年度-保管期限), as the due list groups them.
 */
public record Series(Category category, int year, String retentionCode, List<AppraisedRecord> records) {

    public Series {
        records = List.copyOf(records);
    }

    public LocalizedText label() {
        String zh = Retention.parse(retentionCode).map(r -> r.label().zh()).orElse(retentionCode);
        String en = Retention.parse(retentionCode).map(r -> r.label().en()).orElse(retentionCode);
        return LocalizedText.of(category.label().zh() + " · " + year + " · " + zh,
                category.label().en() + " · " + year + " · " + en);
    }

    /** The series as an archive code writes it, e.g. {@code WS·2014-D10}. */
    public String code() {
        return category.classCode() + "\u00B7" + year + "-" + retentionCode;
    }
}
