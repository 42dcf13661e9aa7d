package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The listener on an embedded ActiveMQ Classic broker (vm://), as Alfresco's events reach it. */
class RepositoryEventListenerTest {

    private final ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(
            "vm://swa-events-test?broker.persistent=false&broker.useJmx=false");
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final BlockingQueue<String> rechecked = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private void publish(String... events) throws Exception {
        try (Connection c = factory.createConnection(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer producer = s.createProducer(s.createTopic(RepositoryEventListener.TOPIC));
            for (String e : events) {
                producer.send(s.createTextMessage(e));
            }
        }
    }

    @Test
    void should_recheck_only_the_station_an_event_is_under_when_events_arrive_on_the_topic() throws Exception {
        Debouncer debouncer = new Debouncer(Debouncer.on(executor), Duration.ofMillis(10), rechecked::add);
        try (RepositoryEventListener listener = RepositoryEventListener.start(factory,
                Map.of("station-jn01", "swa-jn01", "station-jn02", "swa-jn02"), debouncer)) {
            publish(RepositoryEventTest.event("org.alfresco.event.node.Created", "elsewhere", "other-folder"),
                    "{broken",
                    RepositoryEventTest.event("org.alfresco.event.node.Updated", "doc", "category", "station-jn02"));
            // Waits for the re-check to happen at all; what is asserted is which station it was.
            String first = rechecked.poll(60, TimeUnit.SECONDS);
            assertThat(first).isEqualTo("swa-jn02");
        }
        assertThat(List.copyOf(rechecked)).doesNotContain("swa-jn01");
    }

    @Test
    void should_not_recheck_on_the_echo_of_its_own_write_back_when_it_arrives_on_the_topic() throws Exception {
        Debouncer debouncer = new Debouncer(Debouncer.on(executor), Duration.ofMillis(10), rechecked::add);
        try (RepositoryEventListener listener = RepositoryEventListener.start(factory, Map.of("station-jn01", "swa-jn01"), debouncer)) {
            publish(RepositoryEventTest.typedEvent("org.alfresco.event.node.Updated", "report", ReadinessReportDocument.TYPE,
                            "tree", "evidence", "station-jn01"),
                    RepositoryEventTest.typedEvent("org.alfresco.event.node.Updated", "G1.1", "swa:evidenceFolder", "tree", "station-jn01"),
                    RepositoryEventTest.typedEvent("org.alfresco.event.node.Updated", "station-jn01", "swa:station", "library"));
            // No re-check for as long as the echoes could cause one (well past the debounce); then a document event.
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(rechecked::isEmpty);
            publish(RepositoryEventTest.event("org.alfresco.event.node.Created", "doc", "inbox", "station-jn01"));
            assertThat(rechecked.poll(60, TimeUnit.SECONDS)).isEqualTo("swa-jn01");
            assertThat(rechecked.poll(500, TimeUnit.MILLISECONDS)).as("one re-check, for the document only").isNull();
        }
    }
}
