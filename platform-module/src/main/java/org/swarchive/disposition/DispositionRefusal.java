package org.swarchive.disposition;

import org.swarchive.i18n.Language;
import org.swarchive.i18n.Text;

/**
 * A disposition step that may not happen as asked (approvals missing, nothing due, an unknown
 * proposal): the user's input is wrong, not the program. The CLI prints the reason and exits 2.
 */
public final class DispositionRefusal extends RuntimeException {

    private final transient Text reason;

    public DispositionRefusal(Text reason) {
        super(reason.in(Language.EN));
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }
}
