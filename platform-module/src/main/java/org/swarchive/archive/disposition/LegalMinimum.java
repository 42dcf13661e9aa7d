package org.swarchive.archive.disposition;

import java.util.Objects;
import org.swarchive.archive.Retention;
import org.swarchive.i18n.Text;

/** The shortest retention the law allows for a doc type, and the law that says so. */
public record LegalMinimum(Retention retention, Text basis) {

    public LegalMinimum {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(basis, "basis");
    }
}
