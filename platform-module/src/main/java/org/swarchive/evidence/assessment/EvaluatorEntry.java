package org.swarchive.evidence.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;

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

    /**
     * Points as an evaluator types them (CLI or form): nothing or blank means none given; anything
     * that is not a number is refused, naming what was typed. Whether they fit 0…weight is the
     * worksheet's to say, against the framework.
     */
    public static Optional<BigDecimal> points(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(typed.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInput(Message.of("evaluation.refused.bad-points", typed));
        }
    }
}
