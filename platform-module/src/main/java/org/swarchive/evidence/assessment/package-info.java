/**
 * The evaluator's assessment (评估打分) of a station during an inspection window: a
 * {@link org.swarchive.evidence.assessment.Verdict} per leaf indicator with points and a comment
 * ({@link org.swarchive.evidence.assessment.EvaluatorEntry}), the window's
 * {@link org.swarchive.evidence.assessment.Worksheet} (several evaluators, each submits once) and
 * the {@link org.swarchive.evidence.assessment.ScoreSheet} worked out from the framework's tree,
 * the readiness check's points and the entries. The rules for an entry (an open window, a leaf,
 * points within 0…weight, not after submission, an evaluator of the window) are checked here,
 * once, for the CLI and the web alike.
 *
 * <p>Domain: plain Java. Uses the JDK, {@code i18n}, {@code archive}, {@code evidence} and
 * {@code access} (the one {@code InspectionWindow}). Keeping worksheets is {@code inspect.WorksheetStore}.
 */
package org.swarchive.evidence.assessment;
