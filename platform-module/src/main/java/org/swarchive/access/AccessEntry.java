package org.swarchive.access;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the access register (查阅登记, domain.md §6): who read what, from which unit, when,
 * why, approved by whom, how, and for how long the approval ran.
 *
 * @param until the end of the approval or window the read was made under; null when none applied
 */
public record AccessEntry(String reader, String unit, Instant at, String archiveCode, String title, String purpose,
                          String approvedBy, AccessMode mode, Instant until) {
    public AccessEntry {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(mode, "mode");
    }
}
