package org.swarchive.archive;

import java.util.Objects;
import java.util.Optional;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;

/**
 * One series of item numbers (件号) of docs/domain.md §5: 全宗, 门类, 年度, 保管期限. Item numbers run
 * 1, 2, 3 … within a series with no gaps, so the series is what a filer counts in.
 */
public record ArchiveSeries(String fonds, String classCode, int year, String retention) {

    public ArchiveSeries {
        Objects.requireNonNull(fonds, "fonds");
        Objects.requireNonNull(classCode, "classCode");
        Objects.requireNonNull(retention, "retention");
        if (!fonds.matches("[A-Za-z0-9]+")) {
            throw new InvalidInput(Message.of("archive.series.bad-fonds", fonds));
        }
    }

    public static ArchiveSeries of(ArchiveCode code) {
        return new ArchiveSeries(code.fonds(), code.classCode(), code.year(), code.retention());
    }

    public static ArchiveSeries of(String fonds, Category category, int year, Retention retention) {
        return new ArchiveSeries(fonds, category.classCode(), year, retention.code());
    }

    /** The code of item {@code n} of this series. */
    public ArchiveCode code(int item) {
        if (item < 1 || item > 9999) {
            throw new InvalidInput(Message.of("archive.series.item-out-of-range", item));
        }
        return new ArchiveCode(fonds, classCode, year, retention, Optional.empty(), item);
    }

    /** A key safe in a file name and a properties file: {@code JN01-WS-2025-D30}. */
    public String key() {
        return fonds + "-" + classCode + "-" + year + "-" + retention;
    }
}
