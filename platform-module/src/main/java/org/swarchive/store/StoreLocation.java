package org.swarchive.store;

import java.nio.file.Path;
import org.swarchive.archive.LocalizedText;

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
            throw new StoreException(LocalizedText.of("--store folder: 后缺少文件夹路径", "--store folder: needs a folder path"), null);
        }
        return new Folder(Path.of(path));
    }
}
