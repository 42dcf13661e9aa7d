package org.swarchive.alert;

import java.util.Optional;
import org.swarchive.store.Station;
import org.swarchive.store.StoreException;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.alfresco.RepositoryMail;

/**
 * Sends a station's alerts through its repository's own {@code mail} action (the repository's
 * outbound mail settings, no SMTP of the service's own): one action execution on the station
 * folder per mail, the HTML digest as its body. Only stations in Alfresco can use it.
 */
public final class RepositoryMailChannel implements AlertChannel {

    /** What a 403 means here, in both languages (the reason lands in logs and the alert state). */
    static final String NOT_ALLOWED = "Alfresco 不允许该账户执行邮件动作（mail）：请使用管理员账户，或在 alfresco-global.properties 中设置 "
            + "org.alfresco.repo.action.mail.v1.exposed=true / Alfresco does not let this account run the mail action: use an "
            + "administrator's account, or set org.alfresco.repo.action.mail.v1.exposed=true in alfresco-global.properties";

    private final Optional<String> from;

    /** {@code from}: the sender, when configured ({@code SWA_ALERTS_FROM}); else the repository's own. */
    public RepositoryMailChannel(Optional<String> from) {
        this.from = from;
    }

    @Override
    public void deliver(AlertMail mail) throws DeliveryException {
        throw new DeliveryException("the repository's mail action sends on a station's behalf: no station given", null, true);
    }

    @Override
    public void deliver(Station station, AlertMail mail) throws DeliveryException {
        if (!(station.archive() instanceof AlfrescoStore store)) {
            throw new DeliveryException(station.id() + ": 文件夹档案库不能使用 Alfresco 的邮件动作 / a folder station cannot use the repository's mail action",
                    null, true);
        }
        try {
            new RepositoryMail(store.client()).send(store.station(), mail.to(), mail.subject(), mail.html(), from);
        } catch (AlfrescoClient.Refused refused) {
            // A refusal is a setting or a permission: trying again would be refused again.
            throw new DeliveryException(refused.status() == 403 ? NOT_ALLOWED : refused.reason().zh() + " / " + refused.reason().en(),
                    null, true);
        } catch (StoreException e) {
            throw new DeliveryException(e.reason().zh() + " / " + e.reason().en(), null);
        }
    }
}
