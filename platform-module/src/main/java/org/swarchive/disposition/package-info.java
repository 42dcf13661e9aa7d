/**
 * Retention and disposal as work on a station (docs/domain.md §4, §6): appraisal written into the
 * records, the due list, proposals, sign-offs, execution with its journal, holds, withdrawals, and
 * the 销毁清册 as XLSX and HTML. The rules themselves are the domain's ({@code archive.disposition}).
 *
 * <p>Feature: uses the domain, {@code i18n}, the {@code store} ports, {@code filing} (the register is filed
 * with a code drawn like any other) and {@code report}; no adapter.
 */
package org.swarchive.disposition;
