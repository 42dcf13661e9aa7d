package org.swarchive.store.folder;

import org.swarchive.store.ModelConstraints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.RecordReader;
import org.swarchive.i18n.Language;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StoreException;

class FolderStoreTest {

    @TempDir
    Path root;

    private final RecordReader reader = new RecordReader(new CatalogueLoader().shipped());

    private List<ScanItem> scan() {
        try (Stream<ScanItem> items = new FolderStore(root, reader).scan()) {
            return items.toList();
        }
    }

    private Path file(String rel, Map<String, String> metadata) throws IOException {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "content");
        if (metadata != null) {
            MetadataFile.write(MetadataFile.of(f), metadata);
        }
        return f;
    }

    @Test
    void should_read_a_record_from_its_metadata_file_when_the_name_is_chinese() throws IOException {
        file("文书档案/2025/定期10年/2025-03月度工作总结.docx", Map.of("type", "swa:documentRecord",
                "aspects", "swa:retention", "swa:docType", "monthly-summary", "swa:period", "2025-03", "swa:retention", "D10"));
        assertThat(scan()).singleElement().isInstanceOfSatisfying(ScanItem.Filed.class, f -> {
            assertThat(f.record().id()).isEqualTo("文书档案/2025/定期10年/2025-03月度工作总结.docx");
            assertThat(f.record().name()).isEqualTo("2025-03月度工作总结.docx");
            assertThat(f.record().docType()).isEqualTo("monthly-summary");
            assertThat(f.problems()).isEmpty();
        });
    }

    @Test
    void should_read_the_domain_reference_example_verbatim() throws IOException {
        Path doc = root.resolve("2025-03月度工作总结.docx");
        Files.writeString(doc, "x");
        Files.writeString(MetadataFile.of(doc), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE properties SYSTEM "http://java.sun.com/dtd/properties.dtd">
                <properties>
                  <entry key="type">swa:documentRecord</entry>
                  <entry key="aspects">swa:retention</entry>
                  <entry key="swa:docType">monthly-summary</entry>
                  <entry key="swa:period">2025-03</entry>
                  <entry key="swa:retention">D10</entry>
                </properties>
                """);
        assertThat(scan()).singleElement().isInstanceOfSatisfying(ScanItem.Filed.class,
                f -> assertThat(f.record().period().label()).isEqualTo("2025-03"));
    }

    @Test
    void should_warn_with_the_file_and_go_on_when_metadata_is_not_xml() throws IOException {
        Path bad = file("a/坏的.docx", null);
        Files.writeString(MetadataFile.of(bad), "<properties><entry key=\"swa:docType\">policy</properties>");
        file("b/good.docx", Map.of("swa:docType", "policy"));
        List<ScanItem> items = scan();
        assertThat(items).hasSize(2);
        assertThat(items).filteredOn(i -> i instanceof ScanItem.Unreadable).singleElement()
                .isInstanceOfSatisfying(ScanItem.Unreadable.class, u -> {
                    assertThat(u.file()).isEqualTo("a/坏的.docx.metadata.properties.xml");
                    assertThat(u.reason().en()).startsWith("metadata is not valid properties XML");
                });
        assertThat(items).filteredOn(i -> i instanceof ScanItem.Filed).hasSize(1);
    }

    @Test
    void should_name_the_field_when_a_value_breaks_the_rules() throws IOException {
        file("x.docx", Map.of("swa:docType", "monthly-summary", "swa:period", "2025-13"));
        assertThat(scan()).singleElement().isInstanceOfSatisfying(ScanItem.Filed.class, f -> {
            assertThat(f.metadataFile()).isEqualTo("x.docx.metadata.properties.xml");
            assertThat(f.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("swa:period");
                assertThat(p.value()).isEqualTo("2025-13");
            });
        });
    }

    @Test
    void should_list_files_without_metadata_as_unclassified_and_skip_hidden_folders() throws IOException {
        file("收件箱/扫描件001.pdf", null);
        file(".swa/state.json", null);
        assertThat(scan()).singleElement().isInstanceOfSatisfying(ScanItem.Unclassified.class,
                u -> assertThat(u.id()).isEqualTo("收件箱/扫描件001.pdf"));
    }

    @Test
    void should_warn_about_metadata_whose_document_is_missing() throws IOException {
        Files.createDirectories(root.resolve("a"));
        MetadataFile.write(root.resolve("a/gone.pdf" + MetadataFile.SUFFIX), Map.of("swa:docType", "policy"));
        assertThat(scan()).singleElement().isInstanceOfSatisfying(ScanItem.Unreadable.class,
                u -> assertThat(u.reason().en()).contains("without its document 'gone.pdf'"));
    }

    @Test
    void should_scan_a_deep_tree() throws IOException {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            deep.append("层").append(i).append('/');
        }
        file(deep + "deep.docx", Map.of("swa:docType", "policy"));
        file("top.docx", Map.of("swa:docType", "policy"));
        assertThat(scan()).hasSize(2).allMatch(i -> i instanceof ScanItem.Filed);
    }

    @Test
    void should_keep_special_characters_in_values_when_writing_and_reading_metadata() throws IOException {
        Path f = root.resolve("m.metadata.properties.xml");
        MetadataFile.write(f, Map.of("cm:title", "<合同> & \"协议\"", "swa:docType", "service-contract"));
        assertThat(MetadataFile.read(f)).containsEntry("cm:title", "<合同> & \"协议\"");
    }

    @Test
    void should_say_which_folder_is_missing() {
        FolderStore store = new FolderStore(root.resolve("nope"), reader);
        assertThatThrownBy(store::scan).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason().en()).contains("no such station folder").contains("nope"));
    }

    @Test
    void should_refuse_what_the_content_model_refuses_reading_the_model_itself() throws IOException {
        file("x.docx", Map.of("swa:docType", "asset-card", "swa:assetEvent", "stolen", "swa:inventedField", "1",
                "swa:employedFrom", "2025/01/01", "cm:title", "anything goes"));
        assertThat(scan()).singleElement().isInstanceOfSatisfying(ScanItem.Filed.class, f -> {
            assertThat(f.problems()).extracting(p -> p.field()).containsExactlyInAnyOrder(
                    "swa:assetEvent", "swa:inventedField", "swa:employedFrom");
            assertThat(f.problems()).filteredOn(p -> p.field().equals("swa:inventedField")).singleElement()
                    .satisfies(p -> assertThat(p.reason().in(Language.EN)).isEqualTo("'swa:inventedField' is not a property of the swa model"));
            assertThat(f.record().properties()).containsKey("cm:title").doesNotContainKeys("swa:assetEvent", "swa:inventedField");
        });
    }

    @Test
    void should_follow_a_model_constraint_when_the_model_changes() throws Exception {
        String model = """
                <model name="swa:test"><constraints>
                  <constraint name="swa:strict" type="REGEX"><parameter name="expression"><value>^S[0-9]{2}$</value></parameter></constraint>
                </constraints><types><type name="swa:record"><properties>
                  <property name="swa:staffId"><type>d:text</type><constraints><constraint ref="swa:strict"/></constraints></property>
                </properties><overrides><property name="swa:staffId"><default>S00</default></property></overrides></type></types></model>
                """;
        ModelConstraints strict = ModelConstraints.parse(new java.io.ByteArrayInputStream(model.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(strict.problemWith("swa:staffId", "S01")).isEmpty();
        assertThat(strict.problemWith("swa:staffId", "staff-1")).hasValueSatisfying(r -> assertThat(r.en()).contains("swa:strict"));
    }
}
