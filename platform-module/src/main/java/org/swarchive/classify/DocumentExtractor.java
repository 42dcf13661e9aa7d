package org.swarchive.classify;

import java.nio.file.Path;

/** Reads a document's text and properties; the only door to a parser. */
public interface DocumentExtractor {

    /** Never throws for a bad document: a bad document is a {@link ExtractResult.Failed}. */
    ExtractResult extract(Path file, String name);
}
