package org.swarchive.store.alfresco;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.swarchive.retry.Retries;
import org.swarchive.app.SwaCli;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.StoreDocument;
import picocli.CommandLine;

/** The change poller: a checkpoint on the station folder, one search per poll, a re-check only on change. */
class ChangePollerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final StoreDocument POLICY = new StoreDocument("文书档案/2025/制度.docx", "swa:documentRecord",
            Map.of("swa:docType", "policy", "swa:period", "2025", "swa:indicators", "C1.1"));

    private final AlfrescoStub alfresco = new AlfrescoStub();
    private final AlfrescoClient client = alfresco.client(AlfrescoCredentials.basic("archivist", "s3cret"));
    private final ChangePoller poller = new ChangePoller(client, Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<String> rechecks = new ArrayList<>();

    @AfterEach
    void stop() {
        client.close();
        alfresco.close();
    }

    private int stationWrites() {
        return alfresco.server().findAll(putRequestedFor(urlPathEqualTo(AlfrescoStub.CORE + "/nodes/" + AlfrescoStub.STATION_ID))).size();
    }

    @Test
    void should_recheck_and_move_the_checkpoint_when_a_document_changed_since_it() {
        alfresco.station("2026-02-28T08:00:00.000+0000").modifiedSince(List.of(POLICY)).updatesAccepted();
        boolean changed = poller.poll(AlfrescoStub.SITE, () -> rechecks.add("checked"));
        assertThat(changed).isTrue();
        assertThat(rechecks).containsExactly("checked");
        String sent = alfresco.server().findAll(putRequestedFor(urlPathEqualTo(AlfrescoStub.CORE + "/nodes/" + AlfrescoStub.STATION_ID)))
                .get(0).getBodyAsString();
        assertThat(sent).contains("\"swa:lastScan\":\"2026-03-01T08:00:00Z\"").doesNotContain("aspectNames");
        // The station's folders are listed (the database's answer), never searched: no index answers a range without Solr.
        assertThat(alfresco.server().findAll(postRequestedFor(urlPathEqualTo(AlfrescoStub.SEARCH)))).isEmpty();
        assertThat(alfresco.server().findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo(AlfrescoStub.CORE + "/nodes/" + AlfrescoStub.STATION_ID + "/children")))).isNotEmpty();
    }

    @Test
    void should_neither_recheck_nor_write_when_nothing_changed_since_the_checkpoint() {
        alfresco.station("2026-02-28T08:00:00.000+0000").modifiedSince(List.of()).updatesAccepted();
        assertThat(poller.poll(AlfrescoStub.SITE, () -> rechecks.add("checked"))).isFalse();
        assertThat(rechecks).isEmpty();
        assertThat(alfresco.server().findAll(putRequestedFor(urlPathMatching(".*")))).isEmpty();
    }

    @Test
    void should_recheck_without_searching_when_the_station_has_no_checkpoint_yet() {
        alfresco.station().updatesAccepted();
        assertThat(poller.poll(AlfrescoStub.SITE, () -> rechecks.add("checked"))).isTrue();
        assertThat(rechecks).hasSize(1);
        assertThat(alfresco.server().findAll(postRequestedFor(urlPathEqualTo(AlfrescoStub.SEARCH)))).isEmpty();
        assertThat(stationWrites()).isEqualTo(1);
    }

    @Test
    void should_keep_the_checkpoint_when_the_recheck_fails() {
        alfresco.station("2026-02-28T08:00:00.000+0000").modifiedSince(List.of(POLICY)).updatesAccepted();
        assertThatThrownBy(() -> poller.poll(AlfrescoStub.SITE, () -> {
            throw new IllegalStateException("check failed");
        })).hasMessage("check failed");
        assertThat(stationWrites()).as("the next poll must see the same changes").isZero();
    }

    @Test
    void should_check_write_back_and_checkpoint_when_watch_runs_once_after_a_change() {
        alfresco.station("2026-02-28T08:00:00.000+0000").modifiedSince(List.of(POLICY)).documents(List.of(POLICY))
                .evidenceFolders("station-star", List.of("C1.1")).linkedRecords(List.of(POLICY)).updatesAccepted()
                .secondaryChildren(AlfrescoStub.evidenceFolderId("C1.1"), List.of(AlfrescoStub.nodeId(POLICY))).reportAccepted();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), Clock.fixed(NOW, ZoneOffset.UTC),
                AlfrescoStub.basicEnvironment("s3cret"), new Retries(1, Duration.ZERO, 2)).commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("watch", "--once", "--store", "alfresco:" + alfresco.baseUrl() + "/sites/" + AlfrescoStub.SITE,
                "--period", "2025");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains(AlfrescoStub.SITE).contains("得分").contains("写回文件夹 1");
        assertThat(alfresco.server().findAll(putRequestedFor(urlPathEqualTo(AlfrescoStub.CORE + "/nodes/"
                + AlfrescoStub.evidenceFolderId("C1.1"))))).hasSize(1);
        assertThat(stationWrites()).isEqualTo(1);
        assertThat(alfresco.server().findAll(postRequestedFor(urlPathMatching(".*/secondary-children")))).as("already linked").isEmpty();
    }
}
