package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code swa find} on a repository without a search index (the live one of issue 13, a
 * repository with {@code index.subsystem.name=noindex}): the index-only query would answer an
 * empty list, so the command says the index is missing, names the setting and exits 2 — never
 * "0 hits".
 */
class AlfrescoFindWithoutIndexTest extends WithFakeRepository {

    @Test
    void should_exit_2_naming_the_index_setting_when_the_repository_has_no_search_index() {
        stationWithPolicy("JN01", Map.of("cm:title", "管理制度汇编"));

        String[] r = AlfrescoCli.run(Clock.systemDefaultZone(), AlfrescoStub.basicEnvironment("s3cret"), "find", "制度", "--store",
                "alfresco:" + alfresco.baseUrl() + "/sites/" + AlfrescoLocation.siteIdOf("JN01"), "--lang", "en");

        assertThat(r[0]).as(r[2]).isEqualTo("2");
        assertThat(r[2]).contains("index.subsystem.name", "search index", "JN01");
        assertThat(r[1]).doesNotContain("0 hits").doesNotContain("管理制度汇编");
    }

    @Test
    void should_find_the_record_when_the_same_repository_has_its_index() {
        stationWithPolicy("JN01", Map.of("cm:title", "管理制度汇编"));
        repository.withSearchIndex();

        String[] r = AlfrescoCli.run(Clock.systemDefaultZone(), AlfrescoStub.basicEnvironment("s3cret"), "find", "制度", "--store",
                "alfresco:" + alfresco.baseUrl() + "/sites/" + AlfrescoLocation.siteIdOf("JN01"), "--lang", "en");

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("管理制度汇编");
    }
}
