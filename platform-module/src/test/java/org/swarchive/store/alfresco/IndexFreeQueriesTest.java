package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.archive.RecordReader;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ModelConstraints;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StoreException;

/**
 * What issue 13 found on the live repository, replayed on the fake, which now answers as that
 * repository does: no search index (index-only queries answer an empty list), the content model's
 * mandatory aspects and enforced properties checked at commit. Each of these failed on the code
 * before the fix: scans by ANCESTOR found nothing, and filing was refused with 422.
 */
class IndexFreeQueriesTest {

    private final RepositoryStation station = new RepositoryStation();
    private final AlfrescoClient client = station.client();

    @TempDir
    Path tmp;

    @AfterEach
    void stop() {
        client.close();
        station.close();
    }

    private AlfrescoStore store() {
        return new AlfrescoStore(client, RepositoryStation.SITE, new RecordReader(new CatalogueLoader().shipped()), ModelConstraints.shipped());
    }

    private long requests() {
        return station.stub().server().getAllServeEvents().size();
    }

    @Test
    void should_answer_an_ancestor_query_with_an_empty_list_when_there_is_no_index() {
        station.file("文书档案/2025/制度.docx", "swa:documentRecord", Map.of("swa:docType", "policy", "swa:period", "2025"));
        try (Stream<org.alfresco.search.model.ResultNode> hits = AlfrescoStore.search(client,
                "ANCESTOR:\"workspace://SpacesStore/" + station.stationId() + "\" AND TYPE:\"swa:record\"")) {
            assertThat(hits).isEmpty();
        }
        try (Stream<org.alfresco.search.model.ResultNode> hits = AlfrescoStore.search(client, "TYPE:\"swa:record\"")) {
            assertThat(hits).hasSize(1);
        }
    }

    @Test
    void should_scan_every_record_in_one_listing_per_folder_and_page_when_the_station_holds_2500_of_them() {
        for (int i = 0; i < 2500; i++) {
            station.file("文书档案/2025/定期10年/记录" + i + ".docx", "swa:documentRecord", Map.of("swa:docType", "policy", "swa:period", "2025"));
        }
        station.file("服务档案/2025/个案.docx", "swa:serviceRecord", Map.of("swa:docType", "case-intake", "swa:period", "2025"));
        station.stub().server().resetRequests();

        long filed;
        try (Stream<ScanItem> items = store().scan()) {
            filed = items.filter(i -> i instanceof ScanItem.Filed).count();
        }

        assertThat(filed).isEqualTo(2501);
        // The station look-up, then one listing per folder (station, 文书档案, 2025, 定期10年, 服务档案, 2025)
        // and two more pages for the folder of 2,500: ⌈2500/1000⌉ + c, c = the folders.
        assertThat(requests()).isEqualTo(1 + 6 + 2);
        assertThat(station.stub().server().getAllServeEvents()).map(ServeEvent::getRequest)
                .noneMatch(r -> r.getUrl().contains("/search/"));
    }

    @Test
    void should_find_the_highest_item_number_of_a_series_when_it_was_filed_a_moment_ago() {
        station.file("文书档案/2025/定期10年/a.docx", "swa:documentRecord",
                Map.of("swa:docType", "policy", "swa:period", "2025", "swa:archiveCode", "JN01-WS·2025-D10-0007"));
        station.file("文书档案/2025/定期10年/b.docx", "swa:documentRecord",
                Map.of("swa:docType", "policy", "swa:period", "2025", "swa:archiveCode", "JN01-WS·2025-D30-0009"));
        AlfrescoCodes codes = new AlfrescoCodes(client, () -> store().station());

        int highest = codes.highest(ArchiveSeries.of(org.swarchive.archive.ArchiveCode.parse("JN01-WS·2025-D10-0001").orElseThrow()));

        assertThat(highest).isEqualTo(7);
        assertThat(station.repository().queries()).contains("TYPE:\"swa:record\" AND =swa:archiveCode:JN01-WS·2025-D10-*");
    }

    @Test
    void should_stop_with_the_setting_named_when_the_search_is_answered_by_an_index() {
        // An index that has not caught up (or a repository set to EVENTUAL): every search answers nothing.
        station.repository().route((method, path, query, r, repo) -> path.equals(AlfrescoStub.SEARCH)
                ? FakeRepository.ok(200, emptySearch()) : null);
        AlfrescoCodes codes = new AlfrescoCodes(client, () -> store().station());

        assertThatThrownBy(() -> codes.highest(ArchiveSeries.of(org.swarchive.archive.ArchiveCode.parse("JN01-WS·2025-D10-0001").orElseThrow())))
                .isInstanceOf(StoreException.class).hasMessageContaining("query.fts.queryConsistency");
    }

    @Test
    void should_refuse_with_422_and_keep_nothing_when_an_update_drops_a_mandatory_aspect() {
        String id = station.file("文书档案/x.docx", "swa:documentRecord", Map.of("swa:docType", "policy", "swa:period", "2025"));
        assertThat(station.aspects("文书档案/x.docx")).contains("swa:retention", "swa:confidential");

        assertThatThrownBy(() -> new AlfrescoNodes(client).removeAspects(new AlfrescoNodes(client).get(id, List.of("aspectNames")),
                List.of("swa:confidential"))).isInstanceOfSatisfying(AlfrescoClient.Refused.class, e -> assertThat(e.status()).isEqualTo(422));
        assertThat(station.aspects("文书档案/x.docx")).contains("swa:confidential");
    }

    @Test
    void should_keep_the_mandatory_aspects_of_the_record_type_when_a_document_is_filed() {
        try (AlfrescoFiling f = new AlfrescoFiling(tmp)) {
            String node = f.dropMonthly("三月.docx", 2025, 3);

            var summary = f.fileAll();

            assertThat(summary.filed()).isEqualTo(1);
            ObjectNode filed = f.node(node);
            assertThat(filed.get("nodeType").asText()).isEqualTo("swa:documentRecord");
            assertThat(AlfrescoFiling.aspects(filed)).contains("swa:retention", "swa:confidential").doesNotContain("swa:pendingFiling");
            assertThat(filed.get("properties").get("swa:confidentiality").asText()).isEqualTo("internal");
        }
    }

    private static ObjectNode emptySearch() {
        ObjectNode body = AlfrescoStub.paging(List.of(), 0, 1000, false);
        ((ObjectNode) body.get("list")).putObject("context");
        return body;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
