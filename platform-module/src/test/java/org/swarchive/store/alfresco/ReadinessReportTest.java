package org.swarchive.store.alfresco;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The readiness report in the station's evidence tree: one {@code swa:readinessReport} node per
 * framework and period, replaced by every re-check, and never taken for a change by the next poll.
 */
class ReadinessReportTest extends WithFakeRepository {

    private String stationId;

    @BeforeEach
    void station() {
        stationId = stationWithPolicy("JN01", Map.of());
        stations.file(stationId, "文书档案/2025/定期10年/2025-01-月度工作总结.docx", "swa:documentRecord",
                Map.of("swa:docType", "monthly-summary", "swa:period", "2025-01", "swa:retention", "D10"), new byte[] {1});
    }

    /** The repository's "now": a node made this moment shows it (the fake's clock moves a millisecond per write). */
    private Instant repositoryNow() {
        ObjectNode probe = repository.folder("probe", "cm:folder", repository.library("swa-jn01"));
        return java.time.OffsetDateTime.parse(probe.get("modifiedAt").asText(), AlfrescoStub.DATE).toInstant();
    }

    private List<ObjectNode> reports() {
        return stations.ofType(stationId, ReadinessReportDocument.TYPE);
    }

    @Test
    void should_put_one_report_in_the_evidence_tree_and_replace_its_content_when_checked_again() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
        AlfrescoStations.Run first = stations.swa(clock, "check", "--store", stations.store("swa-jn01"), "--period", "2025", "--write-back");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("准备度报告 评估佐证/station-star/readiness-station-star-2025.html");
        ObjectNode report = reports().get(0);
        assertThat(repository.node(report.get("parentId").asText()).get("name").asText()).isEqualTo("station-star");
        assertThat(report.get("name").asText()).isEqualTo("readiness-station-star-2025.html");
        assertThat(report.get("properties").get("swa:reportFramework").asText()).isEqualTo("station-star");
        assertThat(report.get("properties").get("swa:reportPeriod").asText()).isEqualTo("2025");
        String before = new String(repository.content(report.get("id").asText()).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(before).startsWith("<!DOCTYPE html>").contains("社工站（室）星级评估 2025");
        String gapsBefore = report.get("properties").get("swa:reportGapCount").asText();

        stations.file(stationId, "文书档案/2025/定期10年/2025-02-月度工作总结.docx", "swa:documentRecord",
                Map.of("swa:docType", "monthly-summary", "swa:period", "2025-02", "swa:retention", "D10"), new byte[] {2});
        AlfrescoStations.Run second = stations.swa(clock, "check", "--store", stations.store("swa-jn01"), "--period", "2025",
                "--write-back", "--format", "json");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(reports()).as("one report, its content replaced").hasSize(1).first()
                .satisfies(r -> assertThat(r.get("id").asText()).isEqualTo(report.get("id").asText()));
        String after = new String(repository.content(report.get("id").asText()).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(after).isNotEqualTo(before);
        assertThat(Integer.parseInt(repository.node(report.get("id").asText()).get("properties").get("swa:reportGapCount").asText()))
                .isEqualTo(Integer.parseInt(gapsBefore) - 1);
        assertThat(second.out()).as("the report is no record: not in the check, not even as unclassified").doesNotContain("readiness-");
    }

    @Test
    void should_not_take_its_own_report_for_a_change_when_the_station_is_polled_after_a_recheck() {
        // The command's clock is the repository's: the checkpoint falls after every document filed so
        // far and before everything the re-check writes, as it does on a real repository.
        Clock clock = Clock.fixed(repositoryNow(), ZoneOffset.UTC);
        AlfrescoStations.Run first = stations.swa(clock, "watch", "--once", "--store", stations.store("swa-jn01"), "--period", "2025");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("swa-jn01", "报告 评估佐证/station-star/readiness-station-star-2025.html");
        assertThat(reports()).hasSize(1);
        alfresco.server().resetRequests();

        AlfrescoStations.Run second = stations.swa(clock, "watch", "--once", "--store", stations.store("swa-jn01"), "--period", "2025");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("swa-jn01：自上次扫描以来无变动");
        assertThat(alfresco.server().findAll(putRequestedFor(urlPathMatching(".*")))).as("no re-check, no write").isEmpty();
        assertThat(alfresco.server().findAll(postRequestedFor(urlPathMatching(".*/children")))).isEmpty();
    }

    @Test
    void should_recheck_when_a_record_changed_after_the_report_was_written() {
        Clock clock = Clock.fixed(repositoryNow(), ZoneOffset.UTC);
        assertThat(stations.swa(clock, "watch", "--once", "--store", stations.store("swa-jn01"), "--period", "2025").exitCode()).isZero();
        stations.file(stationId, "文书档案/2025/定期10年/2025-03-月度工作总结.docx", "swa:documentRecord",
                Map.of("swa:docType", "monthly-summary", "swa:period", "2025-03", "swa:retention", "D10"), new byte[] {3});
        AlfrescoStations.Run again = stations.swa(clock, "watch", "--once", "--store", stations.store("swa-jn01"), "--period", "2025");
        assertThat(again.out()).contains("swa-jn01", "写回文件夹").doesNotContain("无变动");
    }

    @Test
    void should_leave_a_document_alone_when_it_has_the_reports_name_but_is_no_report() {
        stations.file(stationId, "评估佐证/station-star/readiness-station-star-2025.html", "cm:content", Map.of(),
                "某人自己的文件".getBytes(StandardCharsets.UTF_8));
        AlfrescoStations.Run r = stations.swa(Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC), "check",
                "--store", stations.store("swa-jn01"), "--period", "2025", "--write-back");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("不是准备度报告", "未覆盖");
        ObjectNode theirs = repository.at("Sites/swa-jn01/documentLibrary/JN01/评估佐证/station-star/readiness-station-star-2025.html")
                .orElseThrow();
        assertThat(new String(repository.content(theirs.get("id").asText()).orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("某人自己的文件");
    }
}
