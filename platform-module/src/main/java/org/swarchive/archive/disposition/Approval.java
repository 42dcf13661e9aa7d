package org.swarchive.archive.disposition;

import java.time.LocalDateTime;
import java.util.Objects;

/** One sign-off of a proposal: who, in which role, when, and what they wrote. */
public record Approval(SignOffRole role, String name, LocalDateTime at, String comment) {

    public Approval {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an approval needs the signer's name");
        }
        comment = comment == null ? "" : comment;
    }
}
