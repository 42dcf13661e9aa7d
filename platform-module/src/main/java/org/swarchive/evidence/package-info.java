/**
 * Evaluation evidence (docs/domain.md §8): frameworks of weighted indicators, their evidence
 * requirements, the slots a requirement expands into for an evaluation period, readiness, scores,
 * grades and gaps. {@link org.swarchive.evidence.ReadinessEngine} is the whole check as a pure function.
 *
 * <p>Domain: plain Java. Uses the JDK, {@code i18n} and {@code archive}. Running a check over a store is {@code check}.
 */
package org.swarchive.evidence;
