/**
 * Access (查阅与权限), domain: who may read and add what in a station's archive
 * (docs/domain.md §6–§7). It holds the {@link org.swarchive.access.Role roles}, the
 * {@link org.swarchive.access.PermissionPlan permission plan}, <b>the one access policy</b>
 * ({@link org.swarchive.access.AccessPolicy}, with the rule no approval lifts: an evaluator never
 * reads a sensitive record, 《个人信息保护法》第二十八条), <b>the one inspection window record</b>
 * ({@link org.swarchive.access.InspectionWindow}, with what each feature asks of a window as pure
 * functions: open to a group, covering a day, its openings and closings), access requests, the
 * grants a window or a request makes, and the lines of the access register (查阅登记).
 *
 * <p>May use: the JDK, {@code org.swarchive.i18n} and the archive domain ({@code org.swarchive.archive}:
 * records, categories, confidentiality). Nothing here reads or writes a store: the windows,
 * requests and grants are kept by {@code org.swarchive.inspect}; no feature, adapter or framework
 * is imported (docs/architecture.md).
 */
package org.swarchive.access;
