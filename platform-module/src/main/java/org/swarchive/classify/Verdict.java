package org.swarchive.classify;

import java.util.List;
import java.util.Optional;
import org.swarchive.i18n.Text;

/** What the filing rules make of a document: file it, or ask an archivist. */
public sealed interface Verdict permits Verdict.File, Verdict.Review {

    /** Confident: file it. */
    record File(FilingDecision decision) implements Verdict {
    }

    /**
     * Unsure: why, the doc types it might be, and the decision the rules would propose (when they
     * got that far), so the archivist corrects rather than starts over.
     */
    record Review(List<Text> reasons, List<Candidate> candidates, Optional<FilingDecision> proposal)
            implements Verdict {
        public Review {
            reasons = List.copyOf(reasons);
            candidates = List.copyOf(candidates);
        }
    }
}
