package org.swarchive.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every store must do, written once and run against each adapter, so the engine behaves the
 * same on a folder on a laptop and on the district's Alfresco.
 */
public abstract class ArchiveStoreContract {

    /** A store of one station that holds exactly these documents. */
    protected abstract ArchiveStore storeWith(List<StoreDocument> documents) throws Exception;

    protected List<ScanItem> scan(List<StoreDocument> documents) throws Exception {
        try (Stream<ScanItem> items = storeWith(documents).scan()) {
            return items.toList();
        }
    }

    static StoreDocument monthly(String path, String period) {
        return new StoreDocument(path, "swa:documentRecord",
                Map.of("swa:docType", "monthly-summary", "swa:period", period, "swa:retention", "D10"));
    }

    @Test
    void should_read_a_filed_record_with_its_path_as_id_when_it_has_metadata() throws Exception {
        List<ScanItem> items = scan(List.of(monthly("文书档案/2025/定期10年/2025-03月度工作总结.docx", "2025-03")));
        assertThat(items).singleElement().isInstanceOfSatisfying(ScanItem.Filed.class, f -> {
            assertThat(f.record().id()).isEqualTo("文书档案/2025/定期10年/2025-03月度工作总结.docx");
            assertThat(f.record().name()).isEqualTo("2025-03月度工作总结.docx");
            assertThat(f.record().docType()).isEqualTo("monthly-summary");
            assertThat(f.record().period()).hasToString("2025-03");
            assertThat(f.problems()).isEmpty();
        });
    }

    @Test
    void should_report_a_document_as_unclassified_when_it_has_no_swa_metadata() throws Exception {
        List<ScanItem> items = scan(List.of(StoreDocument.unclassified("收件箱/扫描件001.pdf")));
        assertThat(items).singleElement().isInstanceOfSatisfying(ScanItem.Unclassified.class, u -> {
            assertThat(u.id()).isEqualTo("收件箱/扫描件001.pdf");
            assertThat(u.name()).isEqualTo("扫描件001.pdf");
        });
    }

    /**
     * A period the store can hold but the reader refuses. A month 13 by default; a store that
     * enforces the content model's constraint itself (a live Alfresco refuses "2025-13" with 422)
     * gives one its regex lets through and the calendar does not.
     */
    protected String invalidPeriod() {
        return "2025-13";
    }

    @Test
    void should_keep_the_rest_of_a_record_when_one_value_is_invalid() throws Exception {
        List<ScanItem> items = scan(List.of(new StoreDocument("人事档案/培训.docx", "swa:personnelRecord",
                Map.of("swa:docType", "training-record", "swa:period", invalidPeriod(), "swa:staffId", "S01", "swa:hours", "12"))));
        assertThat(items).singleElement().isInstanceOfSatisfying(ScanItem.Filed.class, f -> {
            assertThat(f.record().docType()).isEqualTo("training-record");
            assertThat(f.record().period()).isNull();
            assertThat(f.problems()).extracting(p -> p.field()).containsExactly("swa:period");
        });
    }

    @Test
    void should_read_comma_separated_indicator_links_when_a_record_names_several() throws Exception {
        List<ScanItem> items = scan(List.of(new StoreDocument("文书档案/制度.docx", "swa:documentRecord",
                Map.of("swa:docType", "policy", "swa:indicators", "C1.1,C1.2"))));
        assertThat(items).singleElement().isInstanceOfSatisfying(ScanItem.Filed.class,
                f -> assertThat(f.record().properties()).containsEntry("swa:indicators", "C1.1,C1.2"));
    }

    @Test
    void should_yield_every_document_exactly_once_when_the_station_is_larger_than_a_page() throws Exception {
        List<StoreDocument> documents = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            documents.add(i % 100 == 0 ? StoreDocument.unclassified("收件箱/待归档" + i + ".pdf")
                    : monthly("文书档案/2025/月报" + i + ".docx", "2025-" + String.format("%02d", i % 12 + 1)));
        }
        List<ScanItem> items = scan(documents);
        assertThat(items).hasSize(2_345);
        assertThat(items.stream().map(ArchiveStoreContract::idOf).distinct()).hasSize(2_345);
        assertThat(items).filteredOn(ScanItem.Unclassified.class::isInstance).hasSize(24);
    }

    @Test
    void should_yield_nothing_when_the_station_is_empty() throws Exception {
        assertThat(scan(List.of())).isEmpty();
    }

    static String idOf(ScanItem item) {
        if (item instanceof ScanItem.Filed f) {
            return f.record().id();
        }
        if (item instanceof ScanItem.Unclassified u) {
            return u.id();
        }
        return ((ScanItem.Unreadable) item).file();
    }
}
