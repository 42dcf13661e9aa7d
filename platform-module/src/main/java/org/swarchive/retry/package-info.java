/**
 * Trying again after a passing failure (a mail server's hiccup, a repository restarting), one way
 * for the whole product: {@link org.swarchive.retry.Retries} builds Spring's
 * {@link org.springframework.core.retry.RetryTemplate} from a number of attempts and a growing
 * pause, and {@link org.swarchive.retry.Pause} lets a test record the pauses instead of waiting
 * them. Uses Spring's core only; any feature or adapter may use it, it uses none of them.
 */
package org.swarchive.retry;
