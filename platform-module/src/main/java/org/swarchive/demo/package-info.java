/**
 * The sample station of {@code swa demo}: a year of realistic records in all five categories (real
 * DOCX, XLSX and PDF files with Chinese text), staff and case registers, a few deliberate gaps, and
 * documents left in the inbox for the filer.
 *
 * <p>Edge: writes a folder station, so it may use {@code store.folder}; nothing imports it but {@code app}.
 */
package org.swarchive.demo;
