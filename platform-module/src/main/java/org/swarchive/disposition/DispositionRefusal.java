package org.swarchive.disposition;

import org.swarchive.archive.LocalizedText;

/**
 * A disposition step that may not happen as asked (approvals missing, nothing due, an unknown
 * proposal): the user's input is wrong, not the program. The CLI prints the reason and exits 2.
 */
public final class DispositionRefusal extends RuntimeException {

    private final transient LocalizedText reason;

    public DispositionRefusal(LocalizedText reason) {
        super(reason.en());
        this.reason = reason;
    }

    public static DispositionRefusal of(String zh, String en) {
        return new DispositionRefusal(LocalizedText.of(zh, en));
    }

    public LocalizedText reason() {
        return reason;
    }
}
