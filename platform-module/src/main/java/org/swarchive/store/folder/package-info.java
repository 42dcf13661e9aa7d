/**
 * The embedded default store: a station as a directory tree in the layout of Alfresco's Bulk
 * Filesystem Import, each document with an optional {@code NAME.metadata.properties.xml}, the
 * service's notes under the hidden {@code .swa/} folder (docs/architecture.md, "Two stores").
 *
 * <p>Adapter: implements the ports of {@code store} and of the features that persist (filing, …).
 * Uses the domain, {@code i18n}, {@code store} and those features' ports; never {@code store.alfresco}.
 */
package org.swarchive.store.folder;
