package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.DemoStations;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.Station;
import org.swarchive.retry.Retries;

/** The dashboard's and the alerts' doors, filled from retention as the CLI keeps it. */
class StationFeaturesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path tmp;
    Path dir;
    final CliHarness swa = new CliHarness(TODAY);
    final Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    Workbench workbench;
    Station station;
    StationFeatures features;

    @BeforeEach
    void station() {
        dir = tmp.resolve("金牛示范站");
        DemoStations.file(dir, "文书档案/2010/定期10年/2010-03-工作日志.txt", Map.of("swa:docType", "work-log",
                "swa:period", "2010-03", "swa:retention", "D10", "swa:archiveCode", "JN01-WS·2010-D10-0001"));
        DemoStations.file(dir, "文书档案/2025/永久/章程.txt", Map.of("swa:docType", "policy", "swa:retention", "Y"));
        workbench = new Workbench(new CatalogueLoader(), new ReadinessEngine(), Map.of(), AlfrescoClient.STANDARD_RETRIES, "");
        station = workbench.station("folder:" + dir, null, new CatalogueLoader().shipped());
        features = new StationFeatures(workbench, new CatalogueLoader().shipped(), clock, List.of(station));
    }

    @Test
    void should_list_a_record_whose_retention_ran_out_as_due_for_disposal() {
        assertThat(features.available()).isTrue();
        assertThat(features.dueOn(station, TODAY)).singleElement().satisfies(d -> {
            assertThat(d.recordId()).isEqualTo("文书档案/2010/定期10年/2010-03-工作日志.txt");
            assertThat(d.archiveCode()).isEqualTo("JN01-WS·2010-D10-0001");
            assertThat(d.retention()).isEqualTo("D10");
            assertThat(d.dueSince()).isBefore(TODAY);
        });
    }

    @Test
    void should_name_a_proposal_awaiting_approval_once_the_archivist_proposed_it() {
        assertThat(features.awaitingApproval(station)).isEmpty();
        CliHarness.Run proposed = swa.run("disposal", "propose", "--store", "folder:" + dir, "--by", "李娜");
        assertThat(proposed.exitCode()).as(proposed.err()).isZero();
        assertThat(features.awaitingApproval(station)).singleElement()
                .satisfies(p -> assertThat(p.records()).isEqualTo(1));
    }

    @Test
    void should_list_due_records_and_proposals_awaiting_approval_when_the_station_is_in_alfresco() {
        try (var alfresco = new org.swarchive.store.alfresco.RepositoryStation()) {
            alfresco.file("文书档案/2010/定期10年/2010-03-工作日志.txt", "swa:documentRecord", Map.of("swa:docType", "work-log",
                    "swa:period", "2010-03", "swa:retention", "D10", "swa:archiveCode", "JN01-WS·2010-D10-0001"));
            alfresco.file("文书档案/2011/定期10年/2011-03-工作日志.txt", "swa:documentRecord", Map.of("swa:docType", "work-log",
                    "swa:period", "2011-03", "swa:retention", "D10", "swa:archiveCode", "JN01-WS·2011-D10-0001"));
            alfresco.file("文书档案/2025/永久/章程.txt", "swa:documentRecord", Map.of("swa:docType", "policy", "swa:retention", "Y"));
            Workbench bench = new Workbench(new CatalogueLoader(), new ReadinessEngine(), alfresco.environment(), AlfrescoClient.STANDARD_RETRIES, "");
            Station site = bench.station(alfresco.location(), null, new CatalogueLoader().shipped());
            StationFeatures onAlfresco = new StationFeatures(bench, new CatalogueLoader().shipped(), clock, List.of(site));

            assertThat(onAlfresco.dueOn(site, TODAY)).extracting(d -> d.archiveCode())
                    .containsExactly("JN01-WS·2010-D10-0001", "JN01-WS·2011-D10-0001");
            assertThat(onAlfresco.awaitingApproval(site)).isEmpty();

            CliHarness.Run proposed = new CliHarness(TODAY, alfresco.environment()).run("disposal", "propose", "--store",
                    alfresco.location(), "--by", "李娜", "--series", "WS·2010-D10", "--note", "第一批");
            assertThat(proposed.exitCode()).as(proposed.err()).isZero();

            assertThat(onAlfresco.awaitingApproval(site)).singleElement().satisfies(p -> {
                assertThat(p.records()).isEqualTo(1);
                assertThat(p.title()).isEqualTo("P2026-001 第一批");
            });
            assertThat(onAlfresco.dueOn(site, TODAY)).extracting(d -> d.archiveCode()).containsExactly("JN01-WS·2011-D10-0001");
        }
    }
}
