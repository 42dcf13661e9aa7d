package org.swarchive.alert;

import org.swarchive.store.Station;

/** Where an alert goes: SMTP, or (with the Alfresco store) the repository's own mail action. */
public interface AlertChannel {

    /** Delivers the mail or throws; the caller retries. */
    void deliver(AlertMail mail) throws DeliveryException;

    /** Delivers a station's mail; a channel that sends on the station's behalf (the repository's) overrides this. */
    default void deliver(Station station, AlertMail mail) throws DeliveryException {
        deliver(mail);
    }

    /**
     * A failed delivery, with a reason fit for a log: never a password. A permanent one (a setting
     * or a permission is missing) is not tried again: it would fail the same way.
     */
    final class DeliveryException extends Exception {
        private final boolean permanent;

        public DeliveryException(String reason, Throwable cause) {
            this(reason, cause, false);
        }

        public DeliveryException(String reason, Throwable cause, boolean permanent) {
            super(reason, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
