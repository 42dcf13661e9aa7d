package org.swarchive.filing;

import org.swarchive.archive.LocalizedText;

/**
 * Something the inbox holds that could not be taken as it is: a zip entry skipped or renamed,
 * a zip that could not be unpacked. {@code fatal} ones left something unfiled; the others are notes.
 */
public record InboxProblem(String id, LocalizedText reason, boolean fatal) {
}
