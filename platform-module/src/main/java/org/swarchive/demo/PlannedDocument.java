package org.swarchive.demo;

import java.util.Map;

/** A document the generator will write: where it goes, what it is called, its metadata. */
record PlannedDocument(String folder, String fileName, Map<String, String> metadata, String text) {
    PlannedDocument {
        metadata = Map.copyOf(metadata);
    }
}
