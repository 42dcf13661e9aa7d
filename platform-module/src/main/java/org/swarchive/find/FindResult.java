package org.swarchive.find;

import java.util.List;

/** The hits of one query, best first, at most its limit; {@code total} counts every match. */
public record FindResult(long total, List<FindHit> hits) {
    public FindResult {
        hits = List.copyOf(hits);
    }
}
