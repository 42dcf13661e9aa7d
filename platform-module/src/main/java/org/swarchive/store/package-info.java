/**
 * The ports between the engine and where a station lives: {@link org.swarchive.store.ArchiveStore}
 * (a streamed scan of records), {@link org.swarchive.store.StationState} (the service's own notes),
 * {@link org.swarchive.store.EvidenceFiles} (the documents behind record ids), {@link org.swarchive.store.Station}
 * and {@link org.swarchive.store.StoreLocation}, and the store's exceptions.
 *
 * <p>Uses the domain and {@code i18n}. Implemented by the adapters {@code store.folder} and {@code store.alfresco},
 * which never import each other; features use the ports, never an adapter.
 */
package org.swarchive.store;
