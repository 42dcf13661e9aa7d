package org.swarchive.dashboard;

import org.swarchive.access.AccessMode;
import org.swarchive.access.Person;
import org.swarchive.store.EvidenceFiles.EvidenceFile;
import org.swarchive.store.Station;

/**
 * The access register's door: every document the dashboard sends is a read of that station by
 * the signed-in person — online (在线查阅) when the browser shows it, a download (下载) otherwise —
 * registered before the file goes out. A read that cannot be registered is not served.
 */
@FunctionalInterface
public interface EvidenceReads {

    void opened(Station station, EvidenceFile file, Person reader, AccessMode mode);

    /** Nothing is registered (tests of the pages alone). */
    static EvidenceReads none() {
        return (station, file, reader, mode) -> { };
    }
}
