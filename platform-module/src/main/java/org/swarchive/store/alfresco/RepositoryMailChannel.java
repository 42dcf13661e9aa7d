package org.swarchive.store.alfresco;

import java.util.Optional;
import org.swarchive.alert.AlertChannel;
import org.swarchive.alert.AlertMail;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.store.Station;
import org.swarchive.store.StoreException;

/**
 * The alerts' channel through a station's repository: its own {@code mail} action (the
 * repository's outbound mail settings, no SMTP of the service's own), one action execution on the
 * station folder per mail, the HTML digest as its body. Only stations in Alfresco can use it. The
 * adapter's side of {@link AlertChannel}: {@code alert} knows only the interface.
 */
public final class RepositoryMailChannel implements AlertChannel {

    private final Optional<String> from;
    private final Language lang;

    /**
     * @param from the sender, when configured ({@code SWA_ALERTS_FROM}); else the repository's own
     * @param lang the language a failure's reason is given in (it lands in logs and the alert state)
     */
    public RepositoryMailChannel(Optional<String> from, Language lang) {
        this.from = from;
        this.lang = lang;
    }

    @Override
    public void deliver(AlertMail mail) throws DeliveryException {
        throw new DeliveryException(Message.of("access.mail.no-station").in(lang), null, true);
    }

    @Override
    public void deliver(Station station, AlertMail mail) throws DeliveryException {
        if (!(station.archive() instanceof AlfrescoStore store)) {
            throw new DeliveryException(Message.of("access.mail.folder-station", station.id()).in(lang), null, true);
        }
        try {
            new RepositoryMail(store.client()).send(store.station(), mail.to(), mail.subject(), mail.html(), from);
        } catch (AlfrescoClient.Refused refused) {
            // A refusal is a setting or a permission: trying again would be refused again.
            throw new DeliveryException(refused.status() == 403 ? Message.of("access.mail.not-allowed").in(lang) : refused.reason().in(lang),
                    null, true);
        } catch (StoreException e) {
            throw new DeliveryException(e.reason().in(lang), null);
        }
    }
}
