package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.jms.Connection;
import jakarta.jms.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swarchive.store.alfresco.WithFakeRepository;
import org.swarchive.store.alfresco.AlfrescoStub;
import org.swarchive.store.alfresco.RepositoryEventListener;
import tools.jackson.databind.json.JsonMapper;

/** {@code swa serve --watch}: one platform service that serves the dashboard and keeps readiness in Alfresco current. */
class ServeWatchTest extends WithFakeRepository {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
    static final String BROKER = "vm://swa-serve-watch?broker.persistent=false&broker.useJmx=false";

    String stationId;

    @BeforeEach
    void station() {
        stationId = stationWithPolicy("JN01", Map.of());
        stations.head("swa-jn01");
    }

    private int gapCount(ServeRunner swa) throws Exception {
        return JsonMapper.builder().build().readTree(swa.get("/api/v1/stations").body()).get("stations").get(0).get("gapCount").asInt();
    }

    /** A node event as the repository publishes it on its topic (only the fields the listener reads). */
    private static void publish(ActiveMQConnectionFactory factory, ObjectNode node, List<String> hierarchy) throws Exception {
        StringBuilder ancestors = new StringBuilder();
        for (String id : hierarchy) {
            ancestors.append(ancestors.length() == 0 ? "" : ",").append('"').append(id).append('"');
        }
        String event = "{\"specversion\":\"1.0\",\"type\":\"org.alfresco.event.node.Created\",\"id\":\"e1\",\"data\":{\"resource\":"
                + "{\"id\":\"" + node.get("id").asText() + "\",\"nodeType\":\"" + node.get("nodeType").asText()
                + "\",\"primaryHierarchy\":[" + ancestors + "]}}}";
        try (Connection c = factory.createConnection(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            s.createProducer(s.createTopic(RepositoryEventListener.TOPIC)).send(s.createTextMessage(event));
        }
    }

    private List<String> ancestors(ObjectNode node) {
        List<String> out = new ArrayList<>();
        for (ObjectNode p = repository.node(node.get("parentId").asText()); p != null; p = repository.node(p.path("parentId").asText())) {
            out.add(p.get("id").asText());
        }
        return out;
    }

    @Test
    void should_write_back_at_start_and_recheck_the_board_within_seconds_when_an_event_comes() throws Exception {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER);
        try (ServeRunner swa = new ServeRunner(CLOCK, AlfrescoStub.basicEnvironment("s3cret"), BROKER, Optional::empty, "serve",
                "--store", stations.store("swa-jn01"), "--period", "2025", "--port", "0", "--watch", "--watch-every", "PT1H",
                "--debounce", "PT0.2S", "--recheck-after", "PT1H")) {
            assertThat(swa.url()).as(swa.err()).isNotNull();
            // The first round of the watch: a station with no checkpoint is re-checked and written back at once.
            // Re-checks are background work: the service logs them.
            assertThat(swa.awaitLog(Pattern.compile("swa watch: \\S+  swa-jn01  得分"))).as(swa.err() + swa.log()).isNotNull();
            assertThat(stations.ofType(stationId, "swa:readinessReport")).hasSize(1);
            int before = gapCount(swa);

            ObjectNode filed = stations.file(stationId, "文书档案/2025/定期10年/2025-01-月度工作总结.docx", "swa:documentRecord",
                    Map.of("swa:docType", "monthly-summary", "swa:period", "2025-01", "swa:retention", "D10"), new byte[] {1});
            publish(factory, filed, ancestors(filed));
            // Polls are an hour apart and checks are kept an hour: only the event can bring the new result.
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                    assertThat(gapCount(swa)).as(swa.err() + swa.log()).isEqualTo(before - 1));
        }
    }

    @Test
    void should_log_each_round_and_print_nothing_of_it_when_swa_watch_keeps_running() throws Exception {
        try (ServeRunner swa = ServeRunner.start(CLOCK, AlfrescoStub.basicEnvironment("s3cret"), "watch",
                "--store", stations.store("swa-jn01"), "--period", "2025", "--interval", "PT1H")) {
            assertThat(swa.awaitLog(Pattern.compile("INFO \\S+  swa-jn01  得分"))).as(swa.err() + swa.log()).isNotNull();
            assertThat(stations.ofType(stationId, "swa:readinessReport")).hasSize(1);
            assertThat(swa.running()).isTrue();
            assertThat(swa.out() + swa.err()).doesNotContain("得分");
        }
    }

    @Test
    void should_refuse_to_watch_when_no_station_is_in_alfresco(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        try (ServeRunner swa = ServeRunner.start(CLOCK, Map.of(), "serve", "--store", "folder:" + folder,
                "--port", "0", "--watch")) {
            assertThat(swa.awaitExit()).isEqualTo(2);
            assertThat(swa.err()).contains("--watch", "alfresco:URL");
        }
    }
}
