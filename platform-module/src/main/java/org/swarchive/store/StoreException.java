package org.swarchive.store;

import org.swarchive.archive.LocalizedText;
import org.swarchive.i18n.Text;

/**
 * A store that cannot be used at all (missing folder, unreachable server), with a readable reason.
 * Adapters may say more in a subclass (the Alfresco store: refused, or unavailable for now).
 */
public class StoreException extends RuntimeException {

    private final transient LocalizedText reason;

    public StoreException(LocalizedText reason, Throwable cause) {
        super(reason.en(), cause);
        this.reason = reason;
    }

    /** A reason from the message bundles ({@link org.swarchive.i18n.Message}), kept as it reads in each language. */
    public StoreException(Text reason, Throwable cause) {
        this(LocalizedText.from(reason), cause);
    }

    public LocalizedText reason() {
        return reason;
    }

    /**
     * Whether the store refused the change because the person it was made as may not make it (a
     * repository's 403): not worth trying again; someone with the permission must.
     */
    public boolean permissionDenied() {
        return false;
    }
}
