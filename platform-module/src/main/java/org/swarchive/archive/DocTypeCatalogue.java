package org.swarchive.archive;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The document types a station knows: the shipped catalogue plus the station's own additions. */
public final class DocTypeCatalogue {

    private final Map<String, DocType> types;

    public DocTypeCatalogue(Collection<DocType> types) {
        Map<String, DocType> byId = new LinkedHashMap<>();
        for (DocType t : types) {
            if (byId.putIfAbsent(t.id(), t) != null) {
                throw new IllegalArgumentException("duplicate doc type id: " + t.id());
            }
        }
        this.types = Collections.unmodifiableMap(byId);
    }

    public Optional<DocType> find(String id) {
        return Optional.ofNullable(id == null ? null : types.get(id));
    }

    public boolean contains(String id) {
        return id != null && types.containsKey(id);
    }

    public List<DocType> all() {
        return List.copyOf(types.values());
    }

    public int size() {
        return types.size();
    }

    /**
     * A catalogue with the station's types added; a station type with a shipped id replaces the
     * shipped one, so a station can relabel or re-file a type it uses differently.
     */
    public DocTypeCatalogue extendedWith(Collection<DocType> stationTypes) {
        Map<String, DocType> merged = new LinkedHashMap<>(types);
        stationTypes.forEach(t -> merged.put(t.id(), t));
        return new DocTypeCatalogue(merged.values());
    }
}
