package org.swarchive.alert;

/** Where an alert goes: SMTP, or (with the Alfresco store) the repository's own mail action. */
public interface AlertChannel {

    /** Delivers the mail or throws; the caller retries. */
    void deliver(AlertMail mail) throws DeliveryException;

    /** A failed delivery, with a reason fit for a log: never a password. */
    final class DeliveryException extends Exception {
        public DeliveryException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
