package org.swarchive.evidence;

import java.math.BigDecimal;
import java.util.Objects;
import org.swarchive.archive.LocalizedText;

/** A grade band: the lowest score that earns it, and its name (优秀, 良好, 合格, 不合格). */
public record Grade(BigDecimal min, LocalizedText label) {
    public Grade {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(label, "label");
    }
}
