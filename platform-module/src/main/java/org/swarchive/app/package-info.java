/**
 * The {@code swa} command line (picocli) and the Spring wiring: each command opens its store,
 * builds the features it needs and prints in the language asked for ({@code --lang}).
 *
 * <p>Top: may use every package; nothing imports it.
 */
package org.swarchive.app;
