package org.swarchive.check;

import java.util.List;
import org.swarchive.evidence.Assessment;

/**
 * A station check: the assessment, plus what the scan found that an archivist must see —
 * documents without metadata (unclassified) and metadata problems (warnings).
 */
public record CheckResult(String store, int records, Assessment assessment, List<String> unclassified,
                          List<Warning> warnings) {
    public CheckResult {
        unclassified = List.copyOf(unclassified);
        warnings = List.copyOf(warnings);
    }
}
