/**
 * Finding records (issue 16): the question an archivist asks ({@link org.swarchive.find.FindQuery}: words
 * in the title and text, exact fields), what comes back ({@link org.swarchive.find.FindResult}), and the
 * port a store answers it through ({@link org.swarchive.find.RecordSearch}: the folder store's Lucene
 * index, Alfresco's search API).
 *
 * <p>Feature: uses the domain and {@code i18n}; no library, no store.
 */
package org.swarchive.find;
