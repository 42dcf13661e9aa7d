package org.swarchive.filing;

/**
 * Where filing keeps its notes in a station's {@link org.swarchive.store.StationState}, the same
 * on every store ({@code .swa/filing/…} in a station folder, the site's {@code documentLibrary/.swa/filing}
 * in Alfresco): the claim, the series counters, the journal of filings in progress, the index of
 * filed contents by hash, and the review queue.
 */
public final class FilingNotes {

    public static final String AREA = "filing";
    /** The claim a filer holds (on stores without a lock of their own). */
    public static final String CLAIM = "claim";
    public static final String SERIES = AREA + "/series";
    public static final String JOURNAL = AREA + "/journal";
    public static final String FILED = AREA + "/filed";
    public static final String REVIEW = AREA + "/review";

    private FilingNotes() {
    }
}
