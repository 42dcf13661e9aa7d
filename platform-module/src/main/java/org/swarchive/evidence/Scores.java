package org.swarchive.evidence;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The arithmetic of scores in one place, so every report rounds the same way. */
final class Scores {
    static final MathContext MATH = MathContext.DECIMAL64;

    private Scores() {
    }

    static BigDecimal points(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal readiness(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP);
    }
}
