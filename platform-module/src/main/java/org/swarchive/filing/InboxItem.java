package org.swarchive.filing;

import java.nio.file.Path;

/**
 * A document waiting in the station's inbox.
 *
 * @param id   the store's identifier (a path relative to the station for the folder store)
 * @param name the file name
 * @param file a local copy to read it from
 */
public record InboxItem(String id, String name, Path file) {
}
