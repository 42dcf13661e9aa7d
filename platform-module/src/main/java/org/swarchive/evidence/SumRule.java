package org.swarchive.evidence;

import java.math.BigDecimal;
import java.util.Objects;

/** A slot is filled when a numeric property of its documents adds up to at least {@code min}. */
public record SumRule(String property, BigDecimal min) {
    public SumRule {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(min, "min");
    }
}
