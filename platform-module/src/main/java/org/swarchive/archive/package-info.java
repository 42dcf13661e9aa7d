/**
 * The archive itself, in the words of the station rules and DA/T 22-2015 (docs/domain.md §1–§5):
 * records and their properties, the five categories, the document-type catalogue, periods,
 * retention, confidentiality, 档号 and the series they are numbered in.
 *
 * <p>Domain: plain Java. Uses only the JDK and {@code i18n}; knows no store, framework or file.
 * Sub-package {@code disposition} is the domain of retention and destruction.
 */
package org.swarchive.archive;
