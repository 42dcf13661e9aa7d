package org.swarchive.archive;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one rule for the next 件号 of a series (docs/domain.md §5: no two records ever share a
 * code): one past the largest number the station knows of — its counter, the highest code already
 * found in its store, a number a filing in progress holds. A counter that fell behind (a record
 * filed by another program, a restored backup, an older version of this one) can so never issue
 * a code that is already in use. Every writer of a code draws through this rule, holding the
 * station's filing lock.
 */
public final class SeriesNumbering {

    private SeriesNumbering() {
    }

    /**
     * The code of the next item of {@code series}, given every number already taken that the
     * caller knows of (the counter, the highest in the store, reservations; 0 or none: a new series).
     */
    public static ArchiveCode next(ArchiveSeries series, int... taken) {
        return series.code(Arrays.stream(taken).max().orElse(0) + 1);
    }

    /** The highest item of each series among these codes (the ones a store holds). */
    public static Map<String, Integer> highestBySeries(Stream<ArchiveCode> codes) {
        Map<String, Integer> highest = new HashMap<>();
        codes.forEach(c -> highest.merge(ArchiveSeries.of(c).key(), c.item(), Math::max));
        return highest;
    }

    /** The highest item of {@code series} among these codes; 0 when none is of it. */
    public static int highest(ArchiveSeries series, Collection<ArchiveCode> codes) {
        return highestBySeries(codes.stream()).getOrDefault(series.key(), 0);
    }
}
