package org.swarchive.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swarchive.i18n.Language;
import org.swarchive.library.CatalogueLoader;

class RecordReaderTest {

    private final RecordReader reader = new RecordReader(new CatalogueLoader().shipped());

    @Test
    void should_derive_category_and_retention_from_the_doc_type_when_not_set() {
        RecordReader.Result r = reader.read("a", "a.docx", Map.of("swa:docType", "voucher", "swa:period", "2025-03"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.record().category()).isEqualTo(Category.FINANCE);
        assertThat(r.record().retention()).isEqualTo(new Retention.Fixed(30));
        assertThat(r.record().period().label()).isEqualTo("2025-03");
    }

    @Test
    void should_keep_an_explicit_category_and_retention_over_the_catalogue() {
        RecordReader.Result r = reader.read("a", "a", Map.of("swa:docType", "voucher", "swa:category", "assets", "swa:retention", "Y"));
        assertThat(r.record().category()).isEqualTo(Category.ASSETS);
        assertThat(r.record().retention()).isEqualTo(new Retention.Permanent());
    }

    @Test
    void should_drop_each_invalid_value_and_name_its_field() {
        RecordReader.Result r = reader.read("a", "a", Map.of("swa:docType", "work-log", "swa:period", "2025-13",
                "swa:documentDate", "2025-02-30", "swa:hours", "-3", "swa:confidentiality", "secret",
                "swa:archiveCode", "JN01-WS.2025-D30-0001", "swa:staffId", "S01"));
        assertThat(r.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "swa:period", "swa:documentDate", "swa:hours", "swa:confidentiality", "swa:archiveCode");
        assertThat(r.record().period()).isNull();
        assertThat(r.record().properties()).containsEntry("swa:staffId", "S01").doesNotContainKey("swa:period");
        assertThat(r.problems()).filteredOn(p -> p.field().equals("swa:period")).singleElement()
                .satisfies(p -> assertThat(p.reason().in(Language.EN)).contains("'2025-13' is not a valid period"));
    }

    @Test
    void should_report_an_unknown_doc_type_and_a_missing_one() {
        assertThat(reader.read("a", "a", Map.of("swa:docType", "memo")).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason().in(Language.EN)).isEqualTo("unknown doc type 'memo'"));
        assertThat(reader.read("a", "a", Map.of("swa:period", "2025")).problems()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("swa:docType"));
    }

    @Test
    void should_accept_a_well_formed_archive_code_and_reject_an_ascii_dot() {
        assertThat(ArchiveCode.parse("JN01-WS·2025-D30-0001")).hasValueSatisfying(c -> {
            assertThat(c.fonds()).isEqualTo("JN01");
            assertThat(c.item()).isEqualTo(1);
            assertThat(c.toString()).isEqualTo("JN01-WS·2025-D30-0001");
        });
        assertThat(ArchiveCode.parse("JN01-KJ·2025-Y-CW-0012")).hasValueSatisfying(c -> assertThat(c.unit()).contains("CW"));
        assertThat(ArchiveCode.parse("JN01-WS.2025-D30-0001")).isEmpty();
    }
}
