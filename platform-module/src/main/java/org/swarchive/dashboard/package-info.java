/**
 * The web dashboard of {@code swa serve}: its own Spring MVC context, Thymeleaf pages (the board,
 * a station's indicator tree, an indicator with its evidence and gaps, the evaluator's view), the
 * JSON API the Share dashlet reads, and Share's File now and Check readiness endpoints.
 *
 * <p>Top: uses the features and the ports; fills its doors from {@code app}. Nothing imports it but {@code app}.
 */
package org.swarchive.dashboard;
