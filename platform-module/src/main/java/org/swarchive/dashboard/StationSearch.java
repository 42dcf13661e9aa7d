package org.swarchive.dashboard;

import java.util.Optional;
import org.swarchive.find.RecordSearch;
import org.swarchive.store.Station;

/**
 * The search door of {@code /search}: a served station's {@link RecordSearch} (the folder store's
 * index, Alfresco's search API), filled from {@code app}. None: the page says search is not available.
 */
@FunctionalInterface
public interface StationSearch {

    Optional<RecordSearch> of(Station station);

    /** No station can be searched (tests of the other pages). */
    static StationSearch none() {
        return station -> Optional.empty();
    }
}
