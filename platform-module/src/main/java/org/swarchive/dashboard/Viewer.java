package org.swarchive.dashboard;

import org.swarchive.archive.Confidentiality;
import org.swarchive.store.EvidenceFiles.EvidenceFile;

/**
 * Who is looking: station staff see everything; an evaluator (named in the path) gets the
 * read-only view — evidence by indicator of the stations whose inspection window is open to them,
 * nothing confidential or sensitive, no gap lists or rechecks.
 */
record Viewer(String evaluator) {

    static final Viewer STAFF = new Viewer(null);

    boolean isEvaluator() {
        return evaluator != null;
    }

    /** Evaluators never open confidential records, nor sensitive personal information (PIPL art. 28). */
    boolean mayOpen(Confidentiality confidentiality) {
        return !isEvaluator() || confidentiality == null || confidentiality == Confidentiality.PUBLIC
                || confidentiality == Confidentiality.INTERNAL;
    }

    boolean mayOpen(EvidenceFile file) {
        return mayOpen(file.confidentiality());
    }
}
