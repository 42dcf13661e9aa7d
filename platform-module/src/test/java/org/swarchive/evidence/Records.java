package org.swarchive.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.RecordReader;
import org.swarchive.library.CatalogueLoader;

/** Test records written the way a store holds them: as raw properties. */
final class Records {

    static final DocTypeCatalogue CATALOGUE = new CatalogueLoader().shipped();
    private static final RecordReader READER = new RecordReader(CATALOGUE);

    private final Map<String, String> props = new LinkedHashMap<>();
    private static int counter;

    private Records(String docType) {
        props.put("swa:docType", docType);
    }

    static Records doc(String docType) {
        return new Records(docType);
    }

    Records period(String p) {
        props.put("swa:period", p);
        return this;
    }

    Records dated(String d) {
        props.put("swa:documentDate", d);
        return this;
    }

    Records staff(String id) {
        props.put("swa:staffId", id);
        return this;
    }

    Records caseId(String id) {
        props.put("swa:caseId", id);
        return this;
    }

    Records with(String key, String value) {
        props.put(key, value);
        return this;
    }

    ArchiveRecord build() {
        return READER.read("r" + (++counter), "doc", props).record();
    }

    static ArchiveRecord staffProfile(String id, String from, String until) {
        Records r = doc("staff-profile").staff(id).with("swa:employedFrom", from);
        if (until != null) {
            r.with("swa:employedUntil", until);
        }
        return r.build();
    }

    static ArchiveRecord caseIntake(String id, String opened, String closed) {
        Records r = doc("case-intake").caseId(id).with("swa:caseOpened", opened);
        if (closed != null) {
            r.with("swa:caseClosed", closed);
        }
        return r.build();
    }
}
