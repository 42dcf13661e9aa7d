package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.RecordReader;
import org.swarchive.find.FindQuery;
import org.swarchive.find.FindResult;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ModelConstraints;

/** {@code swa find} on a station in Alfresco: one AFTS query through the fake repository's search endpoint. */
class AlfrescoSearchTest extends WithFakeRepository {

    /** swa find is a search: words and ranges are what only a search index answers (Solr in production). */
    @BeforeEach
    void withIndex() {
        repository.withSearchIndex();
    }

    private FindResult find(String site, FindQuery q) {
        try (AlfrescoClient client = alfresco.client(AlfrescoCredentials.basic("archivist", "s3cret"))) {
            return new AlfrescoStore(client, site, new RecordReader(new CatalogueLoader().shipped()), ModelConstraints.shipped())
                    .search().find(q);
        }
    }

    @Test
    void should_find_the_records_whose_words_and_fields_match_when_asked_through_afts() {
        String id = stationWithPolicy("JN01", Map.of("cm:title", "管理制度汇编", "swa:documentDate", "2025-03-01"));
        stations.file(id, "服务档案/2025/长期/个案走访记录.docx", "swa:caseRecord",
                Map.of("swa:docType", "case-visit", "swa:period", "2025", "swa:caseId", "C001", "swa:retention", "D30",
                        "cm:title", "个案走访记录", "swa:documentDate", "2025-06-01"),
                "走访".getBytes(StandardCharsets.UTF_8));
        String site = AlfrescoLocation.siteIdOf("JN01");

        FindResult words = find(site, FindQuery.words("制度"));
        assertThat(words.total()).isEqualTo(1);
        assertThat(words.hits().get(0).title()).isEqualTo("管理制度汇编");
        assertThat(words.hits().get(0).path()).endsWith("管理制度汇编.docx");
        assertThat(words.hits().get(0).docType()).isEqualTo("policy");

        FindResult byCase = find(site, new FindQuery(null, null, null, null, null, "C001", null, null, null, null, 10));
        assertThat(byCase.hits()).extracting(h -> h.title()).containsExactly("个案走访记录");
        assertThat(byCase.hits().get(0).subject()).isEqualTo("C001");

        FindResult dated = find(site, new FindQuery(null, null, null, null, null, null, null,
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 12, 31), null, 10));
        assertThat(dated.hits()).extracting(h -> h.title()).containsExactly("个案走访记录");

        assertThat(find(site, FindQuery.words("没有这个词")).total()).isZero();
    }

    @Test
    void should_send_each_condition_as_an_afts_term() {
        String afts = AlfrescoSearch.query("abc", new FindQuery("走访 \"个案 记录\"", "case-visit", null, "2025", null, null,
                "JN01-FW", LocalDate.of(2025, 1, 1), null, null, 5));
        assertThat(afts).startsWith("ANCESTOR:\"workspace://SpacesStore/abc\" AND TYPE:\"cm:content\"")
                .contains(" AND TEXT:\"走访\"", " AND TEXT:\"个案 记录\"", " AND =swa:docType:\"case-visit\"", " AND =swa:period:\"2025\"",
                        " AND swa:archiveCode:\"JN01-FW*\"", " AND swa:documentDate:[\"2025-01-01\" TO \"MAX\"]");
    }
}
