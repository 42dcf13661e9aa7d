package org.swarchive.store;

import org.swarchive.archive.LocalizedText;

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

    public LocalizedText reason() {
        return reason;
    }
}
