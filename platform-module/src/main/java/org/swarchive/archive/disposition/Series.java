package org.swarchive.archive.disposition;

import java.util.List;
import org.swarchive.archive.Category;
import org.swarchive.archive.Retention;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/**
 * The records of one series of the archive code (门类·年度-保管期限), as the due list groups them.
 */
public record Series(Category category, int year, String retentionCode, List<AppraisedRecord> records) {

    public Series {
        records = List.copyOf(records);
    }

    /** 文书档案 · 2014 · 定期10年. */
    public Message label() {
        return Message.of("archive-disposition.series", category.label(), String.valueOf(year),
                Retention.parse(retentionCode).<Text>map(Retention::label).orElse(Text.plain(retentionCode)));
    }

    /** The series as an archive code writes it, e.g. {@code WS·2014-D10}. */
    public String code() {
        return category.classCode() + "\u00B7" + year + "-" + retentionCode;
    }
}
