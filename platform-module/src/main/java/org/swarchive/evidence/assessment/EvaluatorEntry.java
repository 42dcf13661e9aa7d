package org.swarchive.evidence.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One evaluator's word on one leaf indicator: the verdict, the points awarded (none: the
 * readiness-based points stand), a comment, who said it and when.
 */
public record EvaluatorEntry(String indicator, Verdict verdict, Optional<BigDecimal> points, String comment, String author,
                             Instant at) {

    public EvaluatorEntry {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        comment = comment == null ? "" : comment.strip();
    }
}
