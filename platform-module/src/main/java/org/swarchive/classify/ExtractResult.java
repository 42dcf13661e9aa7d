package org.swarchive.classify;

import org.swarchive.i18n.Text;


/** What reading a document gave: its text and properties, or why it could not be read. */
public sealed interface ExtractResult permits ExtractResult.Read, ExtractResult.Failed {

    record Read(Extraction extraction) implements ExtractResult {
    }

    /** The file stays where it is; the reason names what is wrong with it. */
    record Failed(Problem problem, Text reason) implements ExtractResult {
    }

    enum Problem { EMPTY, TOO_LARGE, UNSUPPORTED, ENCRYPTED, CORRUPT, UNREADABLE }
}
