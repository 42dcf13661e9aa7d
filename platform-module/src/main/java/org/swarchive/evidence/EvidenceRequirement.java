package org.swarchive.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.swarchive.archive.SubjectKind;

/**
 * What one leaf indicator asks for: documents of some types, per cadence slot, optionally per
 * staff member or case, with a minimum count or sum, a due offset and, for standing evidence,
 * how recent it must be.
 *
 * @param due      how long after a slot's period ends its evidence is due
 * @param validFor for standing evidence: only documents this recent count; null for any age
 * @param sum      null unless the slot is filled by a sum of values
 */
public record EvidenceRequirement(List<String> docTypes, Cadence cadence, int min, java.time.Period due,
                                  Optional<SubjectKind> per, SubjectActivity when, SumRule sum,
                                  java.time.Period validFor) {

    public EvidenceRequirement {
        docTypes = List.copyOf(docTypes);
        if (docTypes.isEmpty()) {
            throw new IllegalArgumentException("a requirement names at least one doc type");
        }
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(per, "per");
        Objects.requireNonNull(when, "when");
        if (min < 1) {
            throw new IllegalArgumentException("min must be at least 1: " + min);
        }
    }

    /** A requirement with the defaults of docs/domain.md §8: once, min 1, due P0D, no subject. */
    public static EvidenceRequirement of(String... docTypes) {
        return new EvidenceRequirement(List.of(docTypes), Cadence.ONCE, 1, java.time.Period.ZERO,
                Optional.empty(), SubjectActivity.ACTIVE, null, null);
    }

    public EvidenceRequirement withCadence(Cadence c) {
        return new EvidenceRequirement(docTypes, c, min, due, per, when, sum, validFor);
    }

    public EvidenceRequirement withMin(int m) {
        return new EvidenceRequirement(docTypes, cadence, m, due, per, when, sum, validFor);
    }

    public EvidenceRequirement withDue(java.time.Period d) {
        return new EvidenceRequirement(docTypes, cadence, min, d, per, when, sum, validFor);
    }

    public EvidenceRequirement per(SubjectKind kind, SubjectActivity activity) {
        return new EvidenceRequirement(docTypes, cadence, min, due, Optional.of(kind), activity, sum, validFor);
    }

    public EvidenceRequirement withSum(SumRule s) {
        return new EvidenceRequirement(docTypes, cadence, min, due, per, when, s, validFor);
    }

    public EvidenceRequirement withValidFor(java.time.Period v) {
        return new EvidenceRequirement(docTypes, cadence, min, due, per, when, sum, v);
    }

    /** The doc types as one label, e.g. {@code case-closing} or {@code policy|service-contract}. */
    public String docTypeLabel() {
        return String.join("|", docTypes);
    }
}
