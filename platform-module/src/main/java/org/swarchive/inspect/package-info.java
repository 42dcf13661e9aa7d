/**
 * Inspection (评估检查), feature: what the access domain's records become over a station's
 * ports. It holds <b>the one store of inspection windows</b>
 * ({@link org.swarchive.inspect.InspectionWindowStore}, in the station's notes), access requests
 * and the access register ({@link org.swarchive.inspect.AccessLedger}), the grants windows and
 * requests make and the sweep that gives and takes them back as they start and end
 * ({@link org.swarchive.inspect.AccessGrants}, {@link org.swarchive.inspect.GrantSweep}), what a
 * window opens in a repository ({@link org.swarchive.inspect.InspectionAccess}), the inspection
 * package an evaluator takes away ({@link org.swarchive.inspect.InspectionPackage}) and the
 * access register as a report. Every access rule it applies is asked of
 * {@link org.swarchive.access.AccessPolicy}.
 *
 * <p>May use: the domain ({@code access}, {@code archive}, {@code evidence}, {@code i18n}), the
 * ports of {@code org.swarchive.store} ({@code StationState}, {@code EvidenceFiles},
 * {@code NodeGrants}, {@code ArchiveStore}), the features {@code check} and {@code report}, and
 * Apache POI for the workbooks. Never an adapter ({@code store.folder}, {@code store.alfresco}):
 * they implement its ports (docs/architecture.md).
 */
package org.swarchive.inspect;
