/**
 * The domain of retention and destruction (docs/domain.md §4, §6): when a record may go
 * (disposition dates), what holds it (legal holds, open matters, inspection windows), proposals,
 * sign-offs, executions and their journal lines, and the rows of the 销毁清册.
 *
 * <p>Domain: plain Java, pure functions over records the caller brings. Uses the JDK, {@code i18n},
 * {@code archive} and {@code access}. The workflow that runs it over a store is {@code disposition}.
 */
package org.swarchive.archive.disposition;
