package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.Confidentiality;
import org.swarchive.store.EvidenceFiles;

class AlfrescoEvidenceFilesTest {

    private final FakeRepository repository = new FakeRepository();
    private AlfrescoStub alfresco;
    private AlfrescoClient client;
    private String stationId;
    private String outsideId;

    @BeforeEach
    void start() {
        alfresco = new AlfrescoStub(repository);
        String library = repository.site(AlfrescoStub.SITE);
        stationId = repository.folder("JN01", "swa:station", library).get("id").asText();
        String documents = repository.folder("文书档案", "swa:categoryFolder", stationId).get("id").asText();
        repository.document(documents, "制度汇编.pdf", "swa:documentRecord", Map.of("swa:docType", "policy"),
                "制度".getBytes(StandardCharsets.UTF_8));
        repository.document(documents, "个案.pdf", "swa:serviceRecord", Map.of("swa:docType", "case-record",
                "swa:confidentiality", "sensitive"), new byte[]{1, 2});
        outsideId = repository.document(library, "别处.pdf", "cm:content", Map.of(), new byte[]{9}).get("id").asText();
        client = alfresco.client(AlfrescoCredentials.basic("archivist", "s3cret"));
    }

    @AfterEach
    void stop() {
        client.close();
        alfresco.close();
    }

    @Test
    void should_open_a_record_by_its_path_below_the_station_when_asked() throws Exception {
        EvidenceFiles.EvidenceFile f = new AlfrescoEvidenceFiles(client, AlfrescoStub.SITE).open("文书档案/制度汇编.pdf").orElseThrow();
        assertThat(f.name()).isEqualTo("制度汇编.pdf");
        assertThat(f.size()).isEqualTo("制度".getBytes(StandardCharsets.UTF_8).length);
        // Unmarked at upload, the record has the model's default, as the live repository fills it in (swa:confidential).
        assertThat(f.confidentiality()).isEqualTo(org.swarchive.archive.Confidentiality.INTERNAL);
        try (var in = f.content().open()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("制度");
        }
    }

    @Test
    void should_carry_the_records_confidentiality_when_it_is_marked() {
        assertThat(new AlfrescoEvidenceFiles(client, AlfrescoStub.SITE).open("文书档案/个案.pdf").orElseThrow().confidentiality())
                .isEqualTo(Confidentiality.SENSITIVE);
    }

    @Test
    void should_find_nothing_when_the_id_leads_out_of_the_station_or_to_a_folder() {
        AlfrescoEvidenceFiles files = new AlfrescoEvidenceFiles(client, AlfrescoStub.SITE);
        for (String bad : new String[] {"../别处.pdf", "/文书档案/制度汇编.pdf", "文书档案", outsideId, ".swa/alerts/state.json", "不存在.pdf"}) {
            assertThat(files.open(bad)).as(bad).isEmpty();
        }
    }
}
