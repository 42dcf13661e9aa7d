/**
 * Rendering what the product tells people: the readiness report as text, HTML (Thymeleaf templates)
 * and JSON, and the shared pieces every report uses (rows of the indicator tree, labels of gaps).
 *
 * <p>Feature: uses the domain, {@code i18n}, {@code check}; no store.
 */
package org.swarchive.report;
