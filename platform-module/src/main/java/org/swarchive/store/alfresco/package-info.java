/**
 * The production store: a station as an Alfresco site over the v1 REST API (Alfresco's Java SDK),
 * with its notes in the site's {@code documentLibrary/.swa/}; also what only a repository can do:
 * provisioning a station, permissions and the access plan, the audit trail, events and the change
 * poller, the repository's mail action, write-back of readiness to evidence folders.
 *
 * <p>Adapter: implements the ports of {@code store} and of the features that persist. Uses the domain,
 * {@code i18n}, {@code store}, those features' ports and the SDK; never {@code store.folder}.
 */
package org.swarchive.store.alfresco;
