package org.swarchive.archive;

import java.util.Objects;
import java.util.Optional;

/** One entry of the document-type catalogue: what a document is, where it is filed, how long it is kept. */
public record DocType(String id, LocalizedText label, Category category, Retention retention,
                      Optional<SubjectKind> subject) {

    public DocType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(subject, "subject");
    }
}
