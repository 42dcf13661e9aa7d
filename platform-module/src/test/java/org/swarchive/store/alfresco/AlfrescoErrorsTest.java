package org.swarchive.store.alfresco;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.swarchive.archive.RecordReader;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.retry.Retries;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StoreDocument;
import org.swarchive.store.StoreException;
import org.swarchive.store.ModelConstraints;

class AlfrescoErrorsTest {

    private static final String PASSWORD = "Pa55-w0rd-不可外泄";

    private final AlfrescoStub alfresco = new AlfrescoStub();
    private final List<Duration> pauses = new ArrayList<>();
    private final List<AlfrescoClient> clients = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        clients.forEach(AlfrescoClient::close);
        alfresco.close();
    }

    private AlfrescoStore store(AlfrescoCredentials credentials) {
        AlfrescoClient client = AlfrescoClient.connect(alfresco.baseUrl(), credentials, new Retries(3, Duration.ofMillis(100), 2), pauses::add);
        clients.add(client);
        return new AlfrescoStore(client, AlfrescoStub.SITE, new RecordReader(new CatalogueLoader().shipped()),
                ModelConstraints.shipped());
    }

    private static List<ScanItem> scan(AlfrescoStore store) {
        try (Stream<ScanItem> items = store.scan()) {
            return items.toList();
        }
    }

    @Test
    void should_point_at_the_credential_variables_when_alfresco_answers_401() {
        alfresco.failing(401);
        assertThatThrownBy(() -> scan(store(AlfrescoCredentials.basic("archivist", PASSWORD))))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason().zh()).contains("凭据").contains("SWA_ALFRESCO_USER");
                    assertThat(e.reason().en()).contains("rejected the credentials").contains("archivist");
                });
        assertThat(pauses).as("a 401 is not tried again").isEmpty();
    }

    @Test
    void should_name_the_node_and_the_permission_when_alfresco_answers_403() {
        alfresco.failing(403);
        assertThatThrownBy(() -> scan(store(AlfrescoCredentials.basic("archivist", PASSWORD))))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason().zh()).contains("Sites/swa-jn01/documentLibrary").contains("Read");
                    assertThat(e.reason().en()).contains("Sites/swa-jn01/documentLibrary").contains("'Read' permission");
                });
    }

    @Test
    void should_try_three_times_with_growing_pauses_then_give_up_when_alfresco_keeps_answering_503() {
        alfresco.failing(503);
        assertThatThrownBy(() -> scan(store(AlfrescoCredentials.basic("archivist", PASSWORD))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason().en())
                        .contains("HTTP 503").contains("after 3 attempts"));
        alfresco.server().verify(3, anyRequestedFor(anyUrl()));
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void should_recover_when_a_5xx_passes_before_the_last_attempt() {
        alfresco.station().documents(List.of(StoreDocument.unclassified("收件箱/a.pdf")));
        alfresco.server().stubFor(get(urlPathEqualTo(AlfrescoStub.CORE + "/nodes/-root-/children")).atPriority(1)
                .inScenario("restart").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("up")
                .willReturn(AlfrescoStub.error(502)));
        assertThat(scan(store(AlfrescoCredentials.basic("archivist", PASSWORD)))).hasSize(1);
        assertThat(pauses).hasSize(1);
    }

    @Test
    void should_report_no_connection_when_nothing_listens() {
        String url = alfresco.baseUrl();
        alfresco.close();
        AlfrescoClient client = AlfrescoClient.connect(url, AlfrescoCredentials.basic("archivist", PASSWORD),
                new Retries(2, Duration.ofMillis(1), 2), pauses::add);
        clients.add(client);
        AlfrescoStore store = new AlfrescoStore(client, "swa-jn01", new RecordReader(new CatalogueLoader().shipped()),
                ModelConstraints.shipped());
        assertThatThrownBy(() -> scan(store)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason().zh()).contains("连接失败或超时").contains("已尝试 2 次"));
    }

    /** Runs {@code work} with everything logged at TRACE going to a list only (the console would drown the build's output). */
    private static List<ILoggingEvent> loggedWhile(Runnable work) {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        List<Appender<ILoggingEvent>> consoles = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(consoles::add);
        consoles.forEach(root::detachAppender);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        root.setLevel(Level.TRACE);
        try {
            work.run();
        } finally {
            root.setLevel(before);
            root.detachAppender(log);
            consoles.forEach(root::addAppender);
        }
        return log.list;
    }

    private static String basicHeader() {
        return Base64.getEncoder().encodeToString(("archivist:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void should_never_put_the_password_into_a_log_or_a_message_when_requests_succeed_or_fail() {
        List<String> messages = new ArrayList<>();
        List<ILoggingEvent> log = loggedWhile(() -> {
            alfresco.station().documents(List.of(StoreDocument.unclassified("收件箱/a.pdf")));
            AlfrescoCredentials credentials = AlfrescoCredentials.fromEnvironment(AlfrescoStub.basicEnvironment(PASSWORD));
            messages.add(credentials.toString());
            assertThat(scan(store(credentials))).hasSize(1);
            alfresco.failing(401);
            try {
                scan(store(credentials));
            } catch (StoreException e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    messages.add(String.valueOf(t.getMessage()));
                    messages.add(t.toString());
                }
                messages.add(e.reason().zh());
            }
        });
        String basic = basicHeader();
        assertThat(messages).hasSizeGreaterThan(2);
        assertThat(log).as("something was logged at TRACE").isNotEmpty();
        Stream.concat(messages.stream(), log.stream().map(ILoggingEvent::getFormattedMessage))
                .forEach(m -> assertThat(m).doesNotContain(PASSWORD).doesNotContain(basic));
    }

    @Test
    void should_log_no_authorization_header_when_feign_is_told_to_log_everything() {
        String level = "spring.cloud.openfeign.client.config.default.logger-level";
        System.setProperty(level, "FULL");
        List<ILoggingEvent> log;
        try {
            alfresco.station().documents(List.of(StoreDocument.unclassified("收件箱/a.pdf")));
            log = loggedWhile(() -> assertThat(scan(store(AlfrescoCredentials.basic("archivist", PASSWORD)))).hasSize(1));
        } finally {
            System.clearProperty(level);
        }
        List<String> lines = log.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).as("Feign logged the requests").anyMatch(l -> l.contains("---> GET " + alfresco.baseUrl()));
        assertThat(lines).as("and their headers").anyMatch(l -> l.startsWith("[") && l.contains("Accept: "));
        String basic = basicHeader();
        lines.forEach(l -> assertThat(l).doesNotContainIgnoringCase("Authorization: ").doesNotContain(PASSWORD).doesNotContain(basic));
    }

    @Test
    void should_read_credentials_from_a_config_file_when_the_environment_names_one() throws Exception {
        Path file = dir.resolve("alfresco.properties");
        Files.writeString(file, "user=archivist\npassword=" + PASSWORD + "\n");
        AlfrescoCredentials c = AlfrescoCredentials.fromEnvironment(Map.of(AlfrescoCredentials.CONFIG, file.toString()));
        assertThat(c.authorization()).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString(("archivist:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        assertThat(c.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void should_prefer_a_bearer_token_when_the_environment_has_one() {
        AlfrescoCredentials c = AlfrescoCredentials.fromEnvironment(Map.of(AlfrescoCredentials.TOKEN, "tok-123",
                AlfrescoCredentials.USER, "archivist", AlfrescoCredentials.PASSWORD, PASSWORD));
        assertThat(c.authorization()).isEqualTo("Bearer tok-123");
        assertThat(c.toString()).doesNotContain("tok-123");
    }

    @Test
    void should_explain_which_variables_to_set_when_no_credentials_are_given() {
        assertThatThrownBy(() -> AlfrescoCredentials.fromEnvironment(Map.of()))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason().zh())
                        .contains("SWA_ALFRESCO_USER").contains("SWA_ALFRESCO_TOKEN").contains("SWA_ALFRESCO_CONFIG"));
    }

    @Test
    void should_split_site_and_base_when_the_url_is_written_the_way_share_shows_it() {
        AlfrescoLocation l = AlfrescoLocation.parse("http://acs:8080/alfresco/sites/swa-jn01/");
        assertThat(l.baseUrl()).isEqualTo("http://acs:8080");
        assertThat(l.site()).isEqualTo("swa-jn01");
        assertThat(AlfrescoLocation.siteIdOf("JN_01.a")).isEqualTo("swa-jn-01-a");
        assertThatThrownBy(() -> AlfrescoLocation.parse("http://acs:8080").site()).isInstanceOf(StoreException.class);
    }
}
