package org.swarchive.store.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.Confidentiality;

class FolderEvidenceFilesTest {

    @TempDir
    Path tmp;
    Path station;
    FolderEvidenceFiles files;

    @BeforeEach
    void makeStation() throws Exception {
        station = Files.createDirectories(tmp.resolve("示范站"));
        Path doc = Files.createDirectories(station.resolve("服务档案/2025")).resolve("个案记录.txt");
        Files.writeString(doc, "个案服务记录");
        MetadataFile.write(MetadataFile.of(doc), Map.of("swa:docType", "case-record", "swa:confidentiality", "sensitive"));
        Files.writeString(Files.createDirectories(station.resolve("文书档案")).resolve("章程.txt"), "章程");
        Files.writeString(tmp.resolve("secret.txt"), "outside the station");
        new FolderState(station).write("alerts", "state.json", "{}");
        files = new FolderEvidenceFiles(station);
    }

    @Test
    void should_open_a_document_with_its_confidentiality_when_the_id_is_a_record_path() throws Exception {
        var file = files.open("服务档案/2025/个案记录.txt").orElseThrow();
        assertThat(file.name()).isEqualTo("个案记录.txt");
        assertThat(file.confidentiality()).isEqualTo(Confidentiality.SENSITIVE);
        try (var in = file.content().open()) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("个案服务记录");
        }
        assertThat(files.open("文书档案/章程.txt").orElseThrow().confidentiality()).isNull();
    }

    @Test
    void should_find_nothing_when_the_id_is_crafted_to_leave_the_station() {
        for (String crafted : List.of("../secret.txt", "文书档案/../../secret.txt", "./../secret.txt",
                tmp.resolve("secret.txt").toString(), "..\\secret.txt", "文书档案/..", "C:/secret.txt", "文书档案/章程.txt\0")) {
            assertThat(files.open(crafted)).as(crafted).isEmpty();
        }
    }

    @Test
    void should_find_nothing_when_the_id_names_the_products_notes_or_a_metadata_file() {
        assertThat(files.open(".swa/alerts/state.json")).isEmpty();
        assertThat(files.open("服务档案/2025/个案记录.txt.metadata.properties.xml")).isEmpty();
        assertThat(files.open("文书档案")).isEmpty();
        assertThat(files.open("")).isEmpty();
        assertThat(files.open(null)).isEmpty();
    }

    @Test
    void should_find_nothing_when_a_link_inside_the_station_points_outside() throws Exception {
        Files.createSymbolicLink(station.resolve("文书档案/link.txt"), tmp.resolve("secret.txt"));
        assertThat(files.open("文书档案/link.txt")).isEmpty();
    }

    @Test
    void should_find_nothing_when_a_link_inside_the_station_points_to_its_notes_or_to_another_record() throws Exception {
        Files.createSymbolicLink(station.resolve("文书档案/notes.json"), station.resolve(".swa/alerts/state.json"));
        Files.createSymbolicLink(station.resolve("文书档案/copy.txt"), station.resolve("服务档案/2025/个案记录.txt"));
        Files.createSymbolicLink(station.resolve("文书档案/swa"), station.resolve(".swa"));
        Files.createSymbolicLink(station.resolve("文书档案/service"), station.resolve("服务档案"));
        assertThat(files.open("文书档案/notes.json")).isEmpty();
        assertThat(files.open("文书档案/copy.txt")).as("a record reached under another record's name").isEmpty();
        assertThat(files.open("文书档案/swa/alerts/state.json")).isEmpty();
        assertThat(files.open("文书档案/service/2025/个案记录.txt")).as("a linked folder").isEmpty();
        assertThat(files.open("服务档案/2025/个案记录.txt")).isPresent();
    }

    @Test
    void should_count_a_confidentiality_outside_the_list_as_sensitive() throws Exception {
        Path doc = station.resolve("服务档案/2025/个案接案.txt");
        Files.writeString(doc, "接案");
        MetadataFile.write(MetadataFile.of(doc), Map.of("swa:docType", "case-intake", "swa:confidentiality", "Sensitive"));
        assertThat(files.open("服务档案/2025/个案接案.txt").orElseThrow().confidentiality()).isEqualTo(Confidentiality.SENSITIVE);
    }
}
