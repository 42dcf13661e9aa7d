/**
 * The product's data files, as CISO Assistant keeps its libraries: the document-type catalogue,
 * evaluation frameworks, retention schedules and permission plans (YAML), read with every problem
 * named by file, line and reason.
 *
 * <p>Feature: uses the domain, {@code i18n} and SnakeYAML; no store.
 */
package org.swarchive.library;
