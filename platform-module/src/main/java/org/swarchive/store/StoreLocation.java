package org.swarchive.store;

import org.swarchive.i18n.Message;
import java.nio.file.Path;

/** A {@code --store} value: {@code folder:PATH} (the default kind) or {@code alfresco:URL}. */
public sealed interface StoreLocation permits StoreLocation.Folder, StoreLocation.Alfresco {

    record Folder(Path path) implements StoreLocation {
    }

    record Alfresco(String url) implements StoreLocation {
    }

    static StoreLocation parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty --store");
        }
        if (value.startsWith("alfresco:")) {
            return new Alfresco(value.substring("alfresco:".length()));
        }
        String path = value.startsWith("folder:") ? value.substring("folder:".length()) : value;
        if (path.isBlank()) {
            throw new StoreException(Message.of("filing.store.no-folder-path"), null);
        }
        return new Folder(Path.of(path));
    }
}
