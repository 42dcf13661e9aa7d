package org.swarchive.access;

import java.time.Instant;
import java.util.Objects;
import org.swarchive.i18n.Language;

/**
 * One line of the access register (查阅登记, docs/domain.md §6): who read what, from which unit, when,
 * why, approved by whom, how, and for how long the approval ran.
 *
 * @param until the end of the approval or window the read was made under; null when none applied
 */
public record AccessEntry(String reader, String unit, Instant at, String archiveCode, String title, String purpose,
                          String approvedBy, AccessMode mode, Instant until) {

    /**
     * The language of what the service itself writes into a register line (a window's purpose, an
     * evaluator group's unit): the register is one archival document, kept in Chinese; its column
     * heads and modes are said in the reader's language when it is exported.
     */
    public static final Language REGISTER = Language.ZH;

    public AccessEntry {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(mode, "mode");
    }
}
