package org.swarchive.store;

import org.swarchive.archive.LocalizedText;

/** A store that could not answer now (a server down, timeouts), after every attempt: worth trying again later. */
public final class StoreUnavailableException extends StoreException {

    public StoreUnavailableException(LocalizedText reason) {
        super(reason, null);
    }
}
