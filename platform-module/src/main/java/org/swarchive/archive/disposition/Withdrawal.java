package org.swarchive.archive.disposition;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A proposal taken back before anything was destroyed: who, when and why. The proposal stays on
 * record (it is never deleted); its records are free to be proposed again.
 */
public record Withdrawal(String by, LocalDateTime at, String reason) {

    public Withdrawal {
        Objects.requireNonNull(at, "at");
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("a withdrawal needs the name of who withdraws");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a withdrawal needs a reason");
        }
    }
}
