package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.RecordReader;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StationState;
import org.swarchive.store.StationStateContract;
import org.swarchive.store.ModelConstraints;

/** The notes contract on the Alfresco store, against a repository that remembers what it was sent. */
class AlfrescoStationStateTest extends StationStateContract {

    private final FakeRepository repository = new FakeRepository();
    private AlfrescoStub alfresco;
    private AlfrescoClient client;
    private AlfrescoClient other;
    private String stationId;

    @BeforeEach
    void start() {
        alfresco = new AlfrescoStub(repository);
        String library = repository.site(AlfrescoStub.SITE);
        stationId = repository.folder("JN01", "swa:station", library).get("id").asText();
        client = alfresco.client(AlfrescoCredentials.basic("archivist", "s3cret"));
        other = alfresco.client(AlfrescoCredentials.basic("archivist", "s3cret"));
    }

    @AfterEach
    void stop() {
        client.close();
        other.close();
        alfresco.close();
    }

    @Override
    protected StationState state() {
        return new AlfrescoStationState(client, AlfrescoStub.SITE);
    }

    @Override
    protected StationState sameStationElsewhere() {
        return new AlfrescoStationState(other, AlfrescoStub.SITE);
    }

    @Test
    void should_read_a_json_note_whole_when_the_repository_answers_it_as_json() {
        state().write("alerts", "state.json", "{\"a\":1}");
        String id = repository.at("Sites/" + AlfrescoStub.SITE + "/documentLibrary/.swa/alerts/state.json").orElseThrow().get("id").asText();
        // A repository answers a document's content with the document's own mimetype, not as octets.
        alfresco.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(AlfrescoStub.CORE + "/nodes/" + id + "/content"))
                .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json;charset=UTF-8").withBody("{\"a\":1}")));
        assertThat(state().read("alerts", "state.json")).hasValue("{\"a\":1}");
    }

    @Test
    void should_keep_notes_beside_the_station_folder_when_written() {
        state().write("alerts", "state.json", "{\"a\":1}");
        String library = repository.library(AlfrescoStub.SITE);
        var note = repository.at("Sites/" + AlfrescoStub.SITE + "/documentLibrary/.swa/alerts/state.json").orElseThrow();
        assertThat(repository.content(note.get("id").asText())).hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("{\"a\":1}"));
        assertThat(repository.descendants(stationId)).isEmpty();
        assertThat(repository.children(library).stream().map(n -> n.get("name").asText())).containsExactlyInAnyOrder("JN01", ".swa");
    }

    @Test
    void should_create_each_note_with_its_content_in_one_request_when_new() {
        state().create("alerts", "lease", "replica-1");
        long creates = alfresco.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getMethod().getName().equals("POST") && e.getRequest().getUrl().contains("/children")).count();
        long contentWrites = alfresco.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().contains("/content")).count();
        assertThat(creates).isEqualTo(1);
        assertThat(contentWrites).isZero();
    }

    @Test
    void should_delete_notes_permanently_when_removed() {
        StationState state = state();
        state.write("alerts", "lease", "x");
        String id = repository.at("Sites/" + AlfrescoStub.SITE + "/documentLibrary/.swa/alerts/lease").orElseThrow().get("id").asText();
        state.delete("alerts", "lease");
        assertThat(repository.deletedPermanently()).containsExactly(id);
        assertThat(repository.trashed()).isEmpty();
    }

    @Test
    void should_keep_notes_out_of_the_archive_when_the_station_is_scanned() {
        repository.document(stationId, "章程.docx", "swa:documentRecord", Map.of("swa:docType", "policy", "swa:period", "2025"), new byte[]{1});
        state().write("history", "station-star-2025.json", "[]");
        AlfrescoStore store = new AlfrescoStore(client, AlfrescoStub.SITE, new RecordReader(new CatalogueLoader().shipped()),
                ModelConstraints.shipped());
        try (Stream<ScanItem> items = store.scan()) {
            assertThat(items.toList()).singleElement().isInstanceOfSatisfying(ScanItem.Filed.class,
                    f -> assertThat(f.record().id()).isEqualTo("章程.docx"));
        }
        assertThat(List.of(stationId)).isNotEmpty();
    }
}
