package org.swarchive.dashboard;

import org.swarchive.store.EvidenceFiles.EvidenceFile;
import org.swarchive.store.Station;

/**
 * The access register's door: every evidence file the dashboard sends is an online read (在线查阅)
 * of that station, registered before the file goes out. A read that cannot be registered is not
 * served.
 */
@FunctionalInterface
public interface EvidenceReads {

    /**
     * @param evaluator the evaluator group of an {@code /inspect/…} view; null for station staff
     */
    void opened(Station station, EvidenceFile file, String evaluator);

    /** Nothing is registered (tests of the pages alone). */
    static EvidenceReads none() {
        return (station, file, evaluator) -> { };
    }
}
