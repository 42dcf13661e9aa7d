package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.RecordReader;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.StationRecords;
import org.swarchive.store.StoreException;
import org.swarchive.store.ModelConstraints;

/** Disposition's record operations against a repository that remembers, as the v1 REST API would answer them. */
class AlfrescoRecordsTest {

    private static final String LOG = "文书档案/2014/定期10年/2014-03-工作日志.txt";

    private RepositoryStation station;
    private AlfrescoClient client;
    private AlfrescoRecords records;
    private String logId;

    @BeforeEach
    void start() {
        station = new RepositoryStation();
        logId = station.file(LOG, "swa:documentRecord", Map.of("swa:docType", "work-log", "swa:period", "2014-03",
                "swa:retention", "D10", "swa:archiveCode", "JN01-WS·2014-D10-0001", "cm:title", "2014年3月工作日志"));
        client = station.client();
        records = new AlfrescoRecords(new AlfrescoStore(client, RepositoryStation.SITE,
                new RecordReader(new CatalogueLoader().shipped()), ModelConstraints.shipped()));
    }

    @AfterEach
    void stop() {
        client.close();
        station.close();
    }

    private long requests(String method) {
        return station.stub().server().getAllServeEvents().stream().filter(e -> e.getRequest().getMethod().getName().equals(method)).count();
    }

    @Test
    void should_name_records_by_their_path_with_their_title_when_the_station_is_scanned() {
        assertThat(records.records()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(LOG);
            assertThat(r.property("cm:title")).hasValue("2014年3月工作日志");
            assertThat(r.property("swa:archiveCode")).hasValue("JN01-WS·2014-D10-0001");
        });
        assertThat(records.current(LOG)).hasValueSatisfying(s -> {
            assertThat(s.ref()).isEqualTo(logId);
            assertThat(s.metadata()).containsEntry("type", "swa:documentRecord").containsEntry("cm:title", "2014年3月工作日志")
                    .containsEntry("swa:retention", "D10");
            assertThat(s.metadata().get("aspects")).contains("swa:retention");
        });
    }

    @Test
    void should_write_the_disposition_date_and_status_once_when_marked_twice() {
        records.records();

        assertThat(records.markDisposition(LOG, "due", LocalDate.of(2025, 1, 1))).isTrue();
        long puts = requests("PUT");
        assertThat(records.markDisposition(LOG, "due", LocalDate.of(2025, 1, 1))).isFalse();

        assertThat(requests("PUT")).isEqualTo(puts).isEqualTo(1);
        assertThat(station.properties(LOG)).containsEntry("swa:dispositionStatus", "due").containsEntry("swa:dispositionDate", "2025-01-01");
        assertThat(station.aspects(LOG)).contains("swa:retention");
        // A schedule that now keeps the record for good takes its date away.
        assertThat(records.markDisposition(LOG, "permanent", null)).isTrue();
        assertThat(station.properties(LOG)).containsEntry("swa:dispositionStatus", "permanent").doesNotContainKey("swa:dispositionDate");
    }

    @Test
    void should_place_the_hold_aspect_and_take_it_off_with_its_properties_when_released() {
        records.records();

        assertThat(records.hold(LOG, "审计进行中", LocalDate.of(2026, 3, 10))).isTrue();
        assertThat(station.properties(LOG)).containsEntry("swa:hold", "true").containsEntry("swa:holdReason", "审计进行中")
                .containsEntry("swa:holdSince", "2026-03-10");
        assertThat(station.aspects(LOG)).contains("swa:held", "swa:retention");

        assertThat(records.release(LOG)).isTrue();
        assertThat(station.properties(LOG)).doesNotContainKeys("swa:hold", "swa:holdReason", "swa:holdSince")
                .containsEntry("swa:retention", "D10");
        assertThat(station.aspects(LOG)).doesNotContain("swa:held").contains("swa:retention");
        assertThat(records.release(LOG)).isFalse();
    }

    @Test
    void should_delete_permanently_and_never_to_the_trash_can_when_a_record_is_destroyed() {
        String ref = records.current(LOG).orElseThrow().ref();

        records.destroy(LOG, ref);
        records.destroy(LOG, ref);

        assertThat(station.at(LOG)).isEmpty();
        assertThat(station.repository().deletedPermanently()).containsExactly(logId);
        assertThat(station.repository().trashed()).isEmpty();
        assertThat(records.current(LOG)).isEmpty();
    }

    @Test
    void should_leave_a_document_filed_later_under_the_same_path_when_finishing_with_the_handle_journaled() {
        String ref = records.current(LOG).orElseThrow().ref();
        records.destroy(LOG, ref);
        String newer = station.file(LOG, "swa:documentRecord", Map.of("swa:docType", "work-log", "swa:period", "2014-03"));

        records.destroy(LOG, ref);

        assertThat(station.at(LOG)).hasValueSatisfying(n -> assertThat(n.get("id").asText()).isEqualTo(newer));
    }

    @Test
    void should_say_only_the_owner_or_an_administrator_may_delete_permanently_when_the_repository_answers_403() {
        station.repository().route((method, path, query, request, repo) -> method.equals("DELETE") && "true".equals(query.get("permanent"))
                ? FakeRepository.ok(403, FakeRepository.errorBody(403)) : null);
        String ref = records.current(LOG).orElseThrow().ref();

        assertThatThrownBy(() -> records.destroy(LOG, ref)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.reason().zh()).contains("只有节点的所有者或管理员才能永久删除").contains(LOG).contains("archivist");
            assertThat(e.reason().en()).contains("only the node's owner or an administrator").doesNotContain("s3cret");
        });
        assertThat(station.at(LOG)).isPresent();
    }

    @Test
    void should_upload_the_register_with_type_aspects_and_properties_in_one_request_and_replace_it_when_filed_again() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("type", "swa:documentRecord");
        metadata.put("aspects", "swa:retention");
        metadata.put("cm:title", "档案销毁清册（P2026-001）");
        metadata.put("swa:docType", "destruction-register");
        metadata.put("swa:retention", "Y");
        metadata.put("swa:archiveCode", "JN01-WS·2026-Y-0001");
        long postsBefore = requests("POST");

        String id = records.file("文书档案/2026/永久", "2026-03-20-档案销毁清册-P2026-001.xlsx", new byte[] {1, 2, 3}, metadata);

        assertThat(id).isEqualTo("文书档案/2026/永久/2026-03-20-档案销毁清册-P2026-001.xlsx");
        assertThat(requests("POST") - postsBefore).isEqualTo(1);
        assertThat(station.at(id)).hasValueSatisfying(n -> {
            assertThat(n.get("nodeType").asText()).isEqualTo("swa:documentRecord");
            assertThat(n.get("content").get("mimeType").asText()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        });
        assertThat(station.properties(id)).containsEntry("swa:docType", "destruction-register").containsEntry("swa:retention", "Y")
                .containsEntry("swa:archiveCode", "JN01-WS·2026-Y-0001").containsEntry("cm:title", "档案销毁清册（P2026-001）");
        assertThat(station.aspects(id)).contains("swa:retention");

        String again = records.file("文书档案/2026/永久", "2026-03-20-档案销毁清册-P2026-001.xlsx", new byte[] {9}, metadata);

        assertThat(again).isEqualTo(id);
        String nodeId = station.at(id).orElseThrow().get("id").asText();
        assertThat(station.repository().content(nodeId)).hasValue(new byte[] {9});
        assertThat(station.repository().children(station.at("文书档案/2026/永久").orElseThrow().get("id").asText())).hasSize(1);
    }

    @Test
    void should_read_the_stations_own_schedule_from_beside_the_station_folder_when_there_is_one() {
        assertThat(records.setting("retention-schedule.yaml")).isEmpty();
        String swa = station.repository().folder(".swa", "cm:folder", station.repository().library(RepositoryStation.SITE))
                .get("id").asText();
        station.repository().document(swa, "retention-schedule.yaml", "cm:content", Map.of(),
                "schedule: jn01\nrules: []\n".getBytes(StandardCharsets.UTF_8));

        StationRecords.Setting s = records.setting("retention-schedule.yaml").orElseThrow();

        assertThat(new String(s.content(), StandardCharsets.UTF_8)).startsWith("schedule: jn01");
        assertThat(s.location()).endsWith("/Sites/swa-jn01/documentLibrary/.swa/retention-schedule.yaml");
    }

    @Test
    void should_refuse_ids_that_lead_out_of_the_station_folder() {
        String outside = station.repository().document(station.repository().library(RepositoryStation.SITE), "别处.txt",
                "swa:documentRecord", Map.of("swa:docType", "work-log"), new byte[] {1}).get("id").asText();

        assertThatThrownBy(() -> records.current("../别处.txt")).isInstanceOf(StoreException.class);
        assertThat(records.current(outside)).isEmpty();
        assertThat(records.current("文书档案/没有这件.txt")).isEmpty();
    }
}
