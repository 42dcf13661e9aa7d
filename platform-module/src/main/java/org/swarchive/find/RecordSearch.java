package org.swarchive.find;

import java.util.function.Predicate;

/** The port a store answers a {@link FindQuery} through: the folder store's index, Alfresco's search API. */
public interface RecordSearch {

    /**
     * The hits the asker may read, best first: {@code mayRead} is asked of every match before it
     * counts (the access policy for who is asking), so {@code total} counts only readable ones too.
     */
    FindResult find(FindQuery query, Predicate<FindHit> mayRead);

    default FindResult find(FindQuery query) {
        return find(query, hit -> true);
    }
}
