/**
 * Accounts (账户), feature: the people who may sign in to a station's web surfaces on the folder
 * store, kept in the station's notes ({@code .swa/accounts/}) through the {@code StationState}
 * port — a name, an {@link org.swarchive.access.AccountRole}, an evaluator's group and unit, a
 * social worker's cases, and a password hash made by the caller's encoder (never a password).
 * In Alfresco the repository's own users and groups are the accounts.
 *
 * <p>May use: the domain ({@code access}, {@code i18n}) and the ports of {@code org.swarchive.store}.
 * No framework: hashing is the web's and the CLI's (Spring Security's password encoder).
 */
package org.swarchive.account;
