package org.swarchive.store.alfresco;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarchive.store.StoreException;

/**
 * Listens on the repository's event topic and, for an event under a watched station folder,
 * asks for that station's re-check through a {@link Debouncer}, so a burst becomes one check.
 * The events a re-check itself causes (its report, the readiness on evidence folders, the
 * checkpoint) are let pass: they would otherwise start the next re-check, and so on forever.
 */
public final class RepositoryEventListener implements AutoCloseable {

    /** Alfresco's event topic (ACS 7+, "event2" is the current event model). */
    public static final String TOPIC = "alfresco.repo.event2";

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryEventListener.class);

    private final Connection connection;

    private RepositoryEventListener(Connection connection) {
        this.connection = connection;
    }

    /**
     * Starts listening. {@code stations} maps each watched station folder's node id to the key
     * the debouncer is touched with (its site).
     */
    public static RepositoryEventListener start(ConnectionFactory factory, Map<String, String> stations, Debouncer debouncer) {
        Map<String, String> watched = Map.copyOf(stations);
        Connection connection = null;
        try {
            connection = factory.createConnection();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createTopic(TOPIC));
            consumer.setMessageListener(message -> onMessage(message, watched, debouncer));
            connection.start();
            return new RepositoryEventListener(connection);
        } catch (JMSException e) {
            closeQuietly(connection);
            throw new StoreException(AlfrescoClient.reason(org.swarchive.i18n.Message.of("alfresco.events.unreachable", TOPIC,
                    e.getMessage())), null);
        }
    }

    private static void onMessage(Message message, Map<String, String> watched, Debouncer debouncer) {
        try {
            if (message instanceof TextMessage text && text.getText() != null) {
                RepositoryEvent.parse(text.getText()).ifPresent(event -> watched.forEach((stationId, key) -> {
                    if (event.concerns(stationId) && !event.echoesRecheckOf(stationId)) {
                        debouncer.touch(key);
                    }
                }));
            }
        } catch (JMSException e) {
            // One unreadable message must not stop the listener; the poller catches what it missed.
            LOG.warn("skipped an unreadable event on {}: {}", TOPIC, e.getMessage());
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException e) {
                LOG.debug("closing the event connection failed: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }
}
