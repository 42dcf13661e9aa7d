/**
 * Alerts (提醒), feature: a station head's weekly digest and the immediate overdue alert — what
 * is said ({@link org.swarchive.alert.DigestComposer}, {@link org.swarchive.alert.DigestMail}),
 * when ({@link org.swarchive.alert.AlertSchedule}), what was said before (the alert state in the
 * station's notes) and how it goes out: through an {@link org.swarchive.alert.AlertChannel}.
 * SMTP is one channel here; the repository's own mail action is the other, and lives with its
 * adapter ({@code store.alfresco.RepositoryMailChannel}). The digest's inspection calendar is
 * read from {@code inspect.InspectionWindowStore} and asked of the
 * {@link org.swarchive.access.InspectionWindow} record.
 *
 * <p>May use: the domain ({@code access}, {@code archive}, {@code evidence}, {@code i18n}), the
 * ports of {@code org.swarchive.store}, the features {@code check} and {@code inspect}, Spring's
 * mail and scheduling support and Jackson. Never an adapter ({@code store.folder},
 * {@code store.alfresco}): {@code app} wires the channel it chooses (docs/architecture.md).
 */
package org.swarchive.alert;
