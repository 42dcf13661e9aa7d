/**
 * Filing, written once for every store: the one filing transaction ({@link org.swarchive.filing.StationFiler}:
 * the journal and its recovery, de-duplication by content hash, the review queue, zip unpacking and
 * safe names), the one numbering every writer of a 档号 draws through ({@link org.swarchive.filing.Numbering},
 * over the domain's {@link org.swarchive.archive.SeriesNumbering}), the types a filing run speaks in
 * ({@link org.swarchive.filing.ArchiveFiler}, {@link org.swarchive.filing.FilingRequest},
 * {@link org.swarchive.filing.FilingOutcome}, {@link org.swarchive.filing.InboxItem},
 * {@link org.swarchive.filing.ReviewItem}, …), and the notes it keeps ({@link org.swarchive.filing.FilingNotes}).
 *
 * <p>Its ports — {@link org.swarchive.filing.FilingStore} (how a store keeps what filing does),
 * {@link org.swarchive.filing.FilingLock} and {@link org.swarchive.filing.FiledCodes} — are implemented
 * by the adapters {@code store.folder} and {@code store.alfresco}, which keep only how they persist.
 *
 * <p>Uses the domain ({@code archive}), {@code i18n} and the ports of {@code store} (the station's
 * notes {@link org.swarchive.store.StationState}), plus Commons Compress and Jackson; never an
 * adapter, {@code classify}, {@code app} or {@code dashboard}.
 */
package org.swarchive.filing;
