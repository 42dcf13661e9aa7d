package org.swarchive.store;

import java.util.Map;

/**
 * A document as a contract test puts it into a store: where it lies below the station, its
 * type ({@code null}: no metadata, i.e. unclassified) and its {@code swa:} properties.
 */
public record StoreDocument(String path, String type, Map<String, String> properties) {

    public StoreDocument {
        properties = Map.copyOf(properties);
    }

    public static StoreDocument unclassified(String path) {
        return new StoreDocument(path, null, Map.of());
    }

    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
