package org.swarchive.dashboard;

import org.swarchive.access.AccessPolicy;
import org.swarchive.access.Role;
import org.swarchive.archive.Confidentiality;
import org.swarchive.store.EvidenceFiles.EvidenceFile;

/**
 * Who is looking: station staff see everything; an evaluator (named in the path) gets the
 * read-only view — evidence by indicator of the stations whose inspection window is open to them,
 * nothing sensitive (docs/domain.md §6–§7, as the access policy and the inspection package have it), no
 * gap lists or rechecks.
 */
record Viewer(String evaluator) {

    static final Viewer STAFF = new Viewer(null);

    boolean isEvaluator() {
        return evaluator != null;
    }

    /**
     * Evaluators never open sensitive personal information unredacted (PIPL art. 28); confidential
     * evidence they read during their window, as Alfresco's grant and the inspection package allow:
     * the access policy's rule, asked here as everywhere else.
     */
    boolean mayOpen(Confidentiality confidentiality) {
        return !isEvaluator() || !AccessPolicy.neverReads(Role.EVALUATOR, confidentiality);
    }

    boolean mayOpen(EvidenceFile file) {
        return mayOpen(file.confidentiality());
    }
}
