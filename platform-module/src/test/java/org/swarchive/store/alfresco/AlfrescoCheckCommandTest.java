package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.swarchive.store.StoreDocument;

/** {@code swa check --store alfresco:URL} end to end: the CLI, the SDK client, the stubbed repository. */
class AlfrescoCheckCommandTest {

    private final AlfrescoStub alfresco = new AlfrescoStub();

    @AfterEach
    void stop() {
        alfresco.close();
    }

    private String[] run(Map<String, String> env, String... args) {
        Clock clock = Clock.fixed(LocalDate.of(2026, 3, 1).atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        return AlfrescoCli.run(clock, env, args);
    }

    @Test
    void should_check_a_station_in_alfresco_when_credentials_come_from_the_environment() {
        alfresco.station().documents(List.of(
                new StoreDocument("文书档案/2025/制度.docx", "swa:documentRecord", Map.of("swa:docType", "policy", "swa:period", "2025")),
                StoreDocument.unclassified("收件箱/扫描件.pdf")));
        String[] r = run(AlfrescoStub.basicEnvironment("s3cret"), "check", "--store",
                "alfresco:" + alfresco.baseUrl() + "/sites/" + AlfrescoStub.SITE, "--period", "2025", "--format", "json");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("\"records\"").contains("收件箱/扫描件.pdf").contains("/sites/swa-jn01");
    }

    @Test
    void should_explain_the_missing_credentials_with_exit_2_when_the_environment_has_none() {
        String[] r = run(Map.of(), "check", "--store", "alfresco:" + alfresco.baseUrl() + "/sites/" + AlfrescoStub.SITE);
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("SWA_ALFRESCO_USER");
    }
}
