package org.swarchive.archive;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the document-type catalogue: what a document is, where it is filed, how long it is
 * kept, and the confidentiality its records get when filed (raised by what the text shows).
 */
public record DocType(String id, LocalizedText label, Category category, Retention retention,
                      Optional<SubjectKind> subject, FilingRule filing, Confidentiality confidentiality) {

    /** A type at its category's default confidentiality ({@link Confidentiality#defaultFor}). */
    public DocType(String id, LocalizedText label, Category category, Retention retention,
                   Optional<SubjectKind> subject, FilingRule filing) {
        this(id, label, category, retention, subject, filing, Confidentiality.defaultFor(category, subject));
    }

    /** A type without filing rules: recognised only when an archivist files it. */
    public DocType(String id, LocalizedText label, Category category, Retention retention, Optional<SubjectKind> subject) {
        this(id, label, category, retention, subject, FilingRule.NONE);
    }

    public DocType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(confidentiality, "confidentiality");
    }

    /** The label's first wording, for titles and file names: 宣传报道 of 宣传报道/工作简报. */
    public String shortLabel() {
        String first = label.zh().split("[/(（]")[0].strip();
        // 月度/季度财务报告 splits to a bare 月度: keep the noun the two share, 财务报告.
        return first.endsWith("度") && label.zh().contains("/")
                ? label.zh().substring(label.zh().indexOf('/') + 1).replaceFirst("^.度", "") : first;
    }
}
