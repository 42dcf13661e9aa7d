package org.swarchive.demo;

import java.util.Map;

/**
 * A document the generator will write: where it goes, what it is called, its metadata (none for
 * a document left in the inbox for the filer), its format and content.
 */
record PlannedDocument(String folder, String fileName, Map<String, String> metadata, DemoDocuments.Format format,
                       DemoDocuments.Content content) {
    PlannedDocument {
        metadata = Map.copyOf(metadata);
    }

    boolean inInbox() {
        return metadata.isEmpty();
    }
}
