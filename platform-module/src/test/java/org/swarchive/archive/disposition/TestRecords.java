package org.swarchive.archive.disposition;

import java.util.LinkedHashMap;
import java.util.Map;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.RecordReader;
import org.swarchive.library.CatalogueLoader;

/** Records as a store would read them, from metadata written out key, value, key, value. */
final class TestRecords {

    static final DocTypeCatalogue CATALOGUE = new CatalogueLoader().shipped();
    private static final RecordReader READER = new RecordReader(CATALOGUE);

    private TestRecords() {
    }

    static ArchiveRecord record(String id, String... keyValues) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            raw.put(keyValues[i], keyValues[i + 1]);
        }
        return READER.read(id, id.substring(id.lastIndexOf('/') + 1), raw).record();
    }
}
