package org.swarchive.app;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.swarchive.classify.TikaExtractor;
import org.swarchive.dashboard.StationSearch;
import org.swarchive.find.RecordSearch;
import org.swarchive.store.Progress;
import org.swarchive.store.Station;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.folder.FolderStore;

/**
 * The dashboard's search door: a folder station through its index under {@code .swa/index/} (one
 * search at a time per station: a search brings the index up to date, and Lucene lets one writer
 * in), a station in Alfresco through its search API.
 */
final class DashboardSearch implements StationSearch {

    private final ZoneId zone;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    DashboardSearch(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Optional<RecordSearch> of(Station station) {
        if (station.archive() instanceof FolderStore folder) {
            RecordSearch search = folder.search(new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, zone), Progress.NONE);
            Object lock = locks.computeIfAbsent(folder.root().toString(), k -> new Object());
            return Optional.of((query, mayRead) -> {
                synchronized (lock) {
                    return search.find(query, mayRead);
                }
            });
        }
        if (station.archive() instanceof AlfrescoStore alfresco) {
            return Optional.of(alfresco.search());
        }
        return Optional.empty();
    }
}
