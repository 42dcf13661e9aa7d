/**
 * Reading and judging an inbox document: Tika extraction (the only door to a parser), and the
 * catalogue's filing rules that turn what was read into a {@link org.swarchive.classify.FilingDecision}
 * (doc type, period, subject, retention) or a reason to ask an archivist.
 *
 * <p>Feature: uses the domain, {@code i18n} and Tika. The transaction that files what it decides is {@code filing}.
 */
package org.swarchive.classify;
